package eu.praxis;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The one Spring context all integration, view and end-to-end tests share: a real server on a random port, a fresh
 * PostgreSQL database for this run, an in-process SMTP server and the test fixtures ({@link TestFixtures}), under the
 * profile {@code test} alone: no demo data. Tests build what they need through the fixtures, with unique names, and
 * assume nothing about other data in the database (the demo's smoke test, DemoDataTest, loads the demo mid-run); what
 * a test published is heard by its listeners before the next test starts ({@link ListenersSettled}). Keep
 * every test on exactly this annotation so that the context is built once.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestInfrastructure.class)
@ExtendWith(ListenersSettled.class)
public @interface IntegrationTest {}
