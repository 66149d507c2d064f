package eu.praxis.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;

/** A fresh data folder (database, index, files) for the embedded suite, deleted when its context closes. */
@TestConfiguration(proxyBeanMethods = false)
class EmbeddedDataDirectory implements AutoCloseable {

    private final Path path;

    EmbeddedDataDirectory() throws IOException {
        path = Files.createTempDirectory("praxis-embedded-");
    }

    @Bean
    DynamicPropertyRegistrar embeddedDataDirectoryProperties() {
        return registry -> registry.add("praxis.data-dir", path::toString);
    }

    @Override
    public void close() throws IOException {
        try (var files = Files.walk(path)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
