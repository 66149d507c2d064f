package eu.praxis.embedded;

import eu.praxis.TestFixtures;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * The default run's configuration (embedded H2 file database, the demo profile with its data loaded at start, no SMTP
 * server) in a data folder of this run's own: the one context of the embedded-database suite, which failsafe runs in
 * a JVM of its own after the PostgreSQL suite. Only what makes the outbox quick to wait for differs from the default
 * run. The tests use people and groups of their own ({@link TestFixtures}), not the demo's: the demo is here because
 * it is part of the default run (its start-up load is the first write on H2), not as a fixture.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@Import({EmbeddedDataDirectory.class, TestFixtures.class})
@TestPropertySource(
        properties = {
            "spring.jpa.properties.hibernate.search.coordination.event_processor.polling_interval=50",
            "spring.jpa.properties.hibernate.search.backend.io.commit_interval=100",
            "logging.level.eu.praxis=info"
        })
@interface EmbeddedDatabaseTest {}
