package eu.praxis.base;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.slf4j.Logger;

/**
 * What failed in work no one waits for (scheduled jobs, the search index's outbox processor), logged so that a
 * failure that repeats cannot flood the log: the first one in full, then at most one line a minute with the number
 * of failures since, and one line when the work succeeds again. The failures still going on feed the health
 * endpoint.
 */
public final class RepeatedFailures {

    static final Duration LOG_INTERVAL = Duration.ofMinutes(1);

    /** One kind of work that is failing: how often in a row, since when, and the latest cause. */
    public record Failing(int inARow, Instant since, Instant last, String cause) {}

    private record State(Failing failing, Instant loggedAt, int unlogged) {}

    private final Logger log;
    private final Clock clock;
    private final Map<String, State> states = new ConcurrentHashMap<>();

    public RepeatedFailures(Logger log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    /** @return how many times in a row this work has failed now */
    public int failed(String work, Throwable cause) {
        var now = clock.instant();
        var message = cause.getClass().getSimpleName() + ": " + cause.getMessage();
        var state = states.compute(work, (key, old) -> {
            if (old == null) {
                log.error("{} failed; further failures are logged at most once a minute", work, cause);
                return new State(new Failing(1, now, now, message), now, 0);
            }
            var failing = new Failing(old.failing.inARow() + 1, old.failing.since(), now, message);
            if (Duration.between(old.loggedAt, now).compareTo(LOG_INTERVAL) >= 0) {
                log.error(
                        "{} failed {} more times since {} ({} in a row), latest: {}",
                        work,
                        old.unlogged + 1,
                        old.loggedAt,
                        failing.inARow(),
                        message);
                return new State(failing, now, 0);
            }
            return new State(failing, old.loggedAt, old.unlogged + 1);
        });
        return state.failing.inARow();
    }

    public void succeeded(String work) {
        var old = states.remove(work);
        if (old != null) {
            log.info(
                    "{} works again after {} failures in a row since {}",
                    work,
                    old.failing.inARow(),
                    old.failing.since());
        }
    }

    /** The work failing now, by name. */
    public Map<String, Failing> failing() {
        return states.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().failing));
    }
}
