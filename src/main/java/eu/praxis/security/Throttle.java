package eu.praxis.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Counts attempts per key (an account, a client address) in a window and blocks the key for a while once it
 * reaches the limit. In memory (DD004): on several nodes each node counts on its own, which multiplies the
 * limit by the number of nodes at most. Used by the login and by the public application form.
 */
public final class Throttle {

    private final Map<String, Attempts> attempts = new ConcurrentHashMap<>();
    private final int max;
    private final Duration window;
    private final Duration block;
    private final Clock clock;

    public Throttle(int max, Duration window, Duration block, Clock clock) {
        this.max = max;
        this.window = window;
        this.block = block;
        this.clock = clock;
    }

    /** When the key may try again, or {@code null} if it may now. */
    public @Nullable Instant blockedUntil(String key) {
        var a = attempts.get(key);
        var until = a == null ? null : a.blockedUntil;
        return until != null && until.isAfter(clock.instant()) ? until : null;
    }

    public void record(String key) {
        var now = clock.instant();
        attempts.compute(key, (k, a) -> {
            if (a == null || a.windowStart.plus(window).isBefore(now)) {
                a = new Attempts(now);
            }
            a.count++;
            if (a.count >= max) {
                a.blockedUntil = now.plus(block);
            }
            return a;
        });
    }

    public void clear(String key) {
        attempts.remove(key);
    }

    public void clearAll() {
        attempts.clear();
    }

    /** Drops keys whose window and block are over, which count the same as absent ones. */
    public void forgetOld() {
        var now = clock.instant();
        attempts.values()
                .removeIf(a -> a.windowStart.plus(window).isBefore(now)
                        && (a.blockedUntil == null || a.blockedUntil.isBefore(now)));
    }

    private static final class Attempts {
        final Instant windowStart;
        int count;

        @Nullable
        Instant blockedUntil;

        Attempts(Instant windowStart) {
            this.windowStart = windowStart;
        }
    }
}
