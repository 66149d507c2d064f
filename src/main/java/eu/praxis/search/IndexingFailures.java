package eu.praxis.search;

import eu.praxis.base.RepeatedFailures;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import javax.sql.DataSource;
import org.hibernate.search.engine.reporting.EntityIndexingFailureContext;
import org.hibernate.search.engine.reporting.FailureContext;
import org.hibernate.search.engine.reporting.FailureHandler;
import org.slf4j.LoggerFactory;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Hibernate Search's background failure handler ({@code hibernate.search.background_failure_handler}): when the
 * outbox processor fails on every poll (a database that refuses writes, a full disk), it would log the same stack
 * trace ten times a second. Here failures are logged by {@link RepeatedFailures}, and the health endpoint reports
 * the index DOWN while failures go on or while changes wait in the outbox for longer than {@link #STALE}. Nothing is
 * lost meanwhile: the changes stay in the outbox, and the processor, which keeps polling, applies them once the
 * cause is gone.
 */
@Component("indexingFailures")
class IndexingFailures implements FailureHandler, HealthIndicator {

    static final String WORK = "Search indexing";
    /** Failures older than this no longer count as going on: the processor reports failures, not successes. */
    static final Duration RECENT = Duration.ofMinutes(2);

    static final Duration STALE = Duration.ofMinutes(5);

    private final RepeatedFailures failures;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    IndexingFailures(DataSource dataSource, Clock clock) {
        this.failures = new RepeatedFailures(LoggerFactory.getLogger(IndexingFailures.class), clock);
        this.jdbc = new JdbcTemplate(dataSource);
        this.clock = clock;
    }

    @Override
    public void handle(FailureContext context) {
        failures.failed(WORK, context.throwable());
    }

    @Override
    public void handle(EntityIndexingFailureContext context) {
        failures.failed(WORK + " of " + context.failingEntityReferences(), context.throwable());
    }

    @Override
    public Health health() {
        var now = clock.instant();
        failures.failing().forEach((work, f) -> {
            if (f.last().plus(RECENT).isBefore(now)) {
                failures.succeeded(work);
            }
        });
        var details = new LinkedHashMap<String, Object>();
        var down = false;
        try {
            var pending = jdbc.queryForMap(
                    "select count(*) as n, min(process_after) as oldest from hsearch_outbox_event where status = 'PENDING'");
            details.put("pendingChanges", pending.get("n"));
            if (pending.get("oldest") instanceof Timestamp oldest) {
                details.put("oldestPendingSince", oldest.toInstant());
                down = oldest.toInstant().plus(STALE).isBefore(now);
            }
        } catch (RuntimeException e) {
            details.put("outbox", "unreadable: " + e.getMessage());
            down = true;
        }
        var failing = failures.failing();
        failing.forEach((work, f) ->
                details.put(work, "failed " + f.inARow() + " times since " + f.since() + ", latest: " + f.cause()));
        return (down || !failing.isEmpty() ? Health.down() : Health.up())
                .withDetails(details)
                .build();
    }
}
