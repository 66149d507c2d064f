package eu.praxis;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistrar;

/** The test run's own database, index folder and SMTP server, wired in through properties. */
@TestConfiguration(proxyBeanMethods = false)
@Import(TestFixtures.class)
class TestInfrastructure {

    @Bean(destroyMethod = "close")
    TestDatabase testDatabase() {
        return TestDatabase.create();
    }

    @Bean(destroyMethod = "stop")
    GreenMail greenMail() {
        var mail = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        return mail;
    }

    @Bean
    @Primary
    TestClock clock() {
        return new TestClock();
    }

    /** Two-factor requirement that tests switch to the required configuration (the test profile requires nobody). */
    @Bean
    @Primary
    eu.praxis.security.SwitchableTwoFactorRequirement switchableTwoFactorRequirement(
            eu.praxis.security.TwoFactorProperties properties,
            org.springframework.beans.factory.ObjectProvider<eu.praxis.security.GroupLeads> leads) {
        return new eu.praxis.security.SwitchableTwoFactorRequirement(properties, leads);
    }

    @Bean(destroyMethod = "close")
    TestDataDirectory testDataDirectory() {
        return new TestDataDirectory();
    }

    @Bean
    DynamicPropertyRegistrar testInfrastructureProperties(
            TestDatabase database, GreenMail mail, TestDataDirectory dataDirectory) {
        return registry -> {
            registry.add("spring.datasource.url", database::url);
            registry.add("spring.datasource.username", database::username);
            registry.add("spring.datasource.password", database::password);
            registry.add("spring.mail.port", () -> mail.getSmtp().getPort());
            registry.add("praxis.data-dir", () -> dataDirectory.path().toString());
        };
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Index and file folders of this run, deleted at the end. */
    static final class TestDataDirectory implements AutoCloseable {

        private final Path path;

        TestDataDirectory() {
            try {
                path = Files.createTempDirectory("praxis-test-");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        Path path() {
            return path;
        }

        @Override
        public void close() throws IOException {
            try (var files = Files.walk(path)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
