package eu.praxis.search;

import static org.assertj.core.api.Assertions.assertThat;

import eu.praxis.IntegrationTest;
import eu.praxis.TestClock;
import eu.praxis.TestHttp;
import eu.praxis.TestPeople;
import eu.praxis.security.Role;
import java.sql.SQLException;
import java.time.Duration;
import org.hibernate.search.engine.reporting.FailureContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The outbox processor's failures: reported DOWN by the health endpoint while they go on (details for the
 * secretariat only), UP again once they stopped; anyone may ask for the status.
 */
@IntegrationTest
class IndexingFailuresTest {

    @Autowired
    TestPeople people;

    @Autowired
    IndexingFailures failures;

    @Autowired
    TestClock clock;

    @LocalServerPort
    int port;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void repeated_processor_failures_show_in_health_until_they_stop() {
        assertThat(failures.health().getStatus()).isEqualTo(Status.UP);
        var failure = FailureContext.builder();
        failure.throwable(new SQLException("The database has been closed"));
        failure.failingOperation("polling the outbox");
        for (var i = 0; i < 50; i++) {
            failures.handle(failure.build());
        }
        var health = failures.health();
        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails())
                .containsKey("pendingChanges")
                .hasEntrySatisfying(
                        IndexingFailures.WORK,
                        detail -> assertThat(detail.toString())
                                .contains("failed 50 times", "The database has been closed"));
        assertThat(TestHttp.visitor(port).get("/actuator/health").statusCode()).isEqualTo(503);

        clock.advance(IndexingFailures.RECENT.plus(Duration.ofSeconds(1)));
        assertThat(failures.health().getStatus()).isEqualTo(Status.UP);
    }

    @Test
    void anyone_reads_the_status_and_only_the_secretariat_its_details() {
        var visitor = TestHttp.visitor(port).get("/actuator/health");
        assertThat(visitor.statusCode()).isEqualTo(200);
        assertThat(visitor.body()).contains("\"status\":\"UP\"").doesNotContain("indexingFailures");

        var admin = TestHttp.loggedIn(port, people.account(Role.ADMIN).email(), TestPeople.PASSWORD)
                .get("/actuator/health");
        assertThat(admin.body()).contains("indexingFailures", "backgroundJobs", "pendingChanges");
        var member = TestHttp.loggedIn(port, people.account(Role.MEMBER).email(), TestPeople.PASSWORD)
                .get("/actuator/health");
        assertThat(member.body()).doesNotContain("indexingFailures");
    }
}
