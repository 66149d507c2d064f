package eu.praxis.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * A token bucket per API token: {@code burst} requests at once, refilled at {@code requests-per-minute}. Kept
 * in memory on each node (DD015): behind a load balancer without sticky routing, a script gets the limit once
 * per node.
 */
@Component
class ApiRateLimiter {

    private final Map<Long, Bucket> buckets = new ConcurrentHashMap<>();
    private final int burst;
    private final double perMilli;
    private final Clock clock;

    ApiRateLimiter(ApiProperties properties, Clock clock) {
        this.burst = properties.rateLimit().burst();
        this.perMilli = properties.rateLimit().requestsPerMinute() / 60_000.0;
        this.clock = clock;
    }

    /** Takes one request from the token's bucket; empty if allowed, otherwise how long until the next one is. */
    Optional<Duration> take(long tokenId) {
        var now = clock.instant();
        var bucket = buckets.computeIfAbsent(tokenId, id -> new Bucket(burst, now));
        synchronized (bucket) {
            bucket.refill(now, burst, perMilli);
            if (bucket.available >= 1) {
                bucket.available -= 1;
                return Optional.empty();
            }
            return Optional.of(Duration.ofMillis((long) Math.ceil((1 - bucket.available) / perMilli)));
        }
    }

    int burst() {
        return burst;
    }

    /** A bucket left alone long enough is full again, the same as a new one: forget it. */
    @Scheduled(fixedDelayString = "PT5M")
    void forgetFullBuckets() {
        var now = clock.instant();
        var refillTime = Duration.ofMillis((long) Math.ceil(burst / perMilli));
        buckets.values().removeIf(b -> {
            synchronized (b) {
                return b.refilledAt.plus(refillTime).isBefore(now);
            }
        });
    }

    private static final class Bucket {
        double available;
        Instant refilledAt;

        Bucket(int burst, Instant now) {
            this.available = burst;
            this.refilledAt = now;
        }

        void refill(Instant now, int burst, double perMilli) {
            var elapsed = Duration.between(refilledAt, now).toMillis();
            if (elapsed > 0) {
                available = Math.min(burst, available + elapsed * perMilli);
                refilledAt = now;
            }
        }
    }
}
