package eu.praxis.base;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.LoggerFactory;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Runs the scheduled jobs of the features. A job that fails backs off (it is skipped for one minute after its
 * first failure in a row, doubling up to half an hour), its failures are logged by {@link RepeatedFailures}, and
 * {@code /actuator/health} reports it DOWN until it succeeds again. Jobs keep their work in the database (claims,
 * due dates), so a skipped run loses nothing: the next one picks it up.
 */
@Component("backgroundJobs")
public class BackgroundJobs implements HealthIndicator {

    static final Duration FIRST_BACK_OFF = Duration.ofMinutes(1);
    static final Duration LONGEST_BACK_OFF = Duration.ofMinutes(30);

    private final Clock clock;
    private final RepeatedFailures failures;
    private final Map<String, Instant> retryAfter = new ConcurrentHashMap<>();

    public BackgroundJobs(Clock clock) {
        this.clock = clock;
        this.failures = new RepeatedFailures(LoggerFactory.getLogger(BackgroundJobs.class), clock);
    }

    /** Runs the job now unless it is backing off after failures. */
    public void run(String job, Runnable work) {
        var retry = retryAfter.get(job);
        if (retry != null && clock.instant().isBefore(retry)) {
            return;
        }
        try {
            work.run();
            retryAfter.remove(job);
            failures.succeeded(job);
        } catch (RuntimeException e) {
            var inARow = failures.failed(job, e);
            retryAfter.put(job, clock.instant().plus(backOff(inARow)));
        }
    }

    static Duration backOff(int failuresInARow) {
        var doubled = FIRST_BACK_OFF.multipliedBy(1L << Math.min(failuresInARow - 1, 10));
        return doubled.compareTo(LONGEST_BACK_OFF) > 0 ? LONGEST_BACK_OFF : doubled;
    }

    @Override
    public Health health() {
        var failing = failures.failing();
        if (failing.isEmpty()) {
            return Health.up().build();
        }
        var details = new LinkedHashMap<String, Object>();
        failing.forEach((job, f) -> details.put(
                job,
                Map.of(
                        "failuresInARow",
                        f.inARow(),
                        "since",
                        f.since(),
                        "latest",
                        f.cause(),
                        "nextAttempt",
                        retryAfter.getOrDefault(job, f.last()))));
        return Health.down().withDetails(details).build();
    }
}
