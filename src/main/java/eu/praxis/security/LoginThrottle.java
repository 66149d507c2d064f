package eu.praxis.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Counts failed logins per account and per client address in a sliding window and blocks further
 * attempts for a while once a limit is reached. The per-client limit is higher because several
 * officials of one city hall may share an address. Kept in memory: on several nodes each node
 * counts on its own, which still slows a guessing attack by the number of nodes at most.
 */
@Component
public class LoginThrottle {

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final int maxPerAccount;
    private final int maxPerClient;
    private final Duration window;
    private final Duration block;
    private final Clock clock;

    LoginThrottle(@Value("${praxis.login.max-failures-per-account:5}") int maxPerAccount,
            @Value("${praxis.login.max-failures-per-client:20}") int maxPerClient,
            @Value("${praxis.login.failure-window:PT15M}") Duration window,
            @Value("${praxis.login.block-duration:PT15M}") Duration block,
            Clock clock) {
        this.maxPerAccount = maxPerAccount;
        this.maxPerClient = maxPerClient;
        this.window = window;
        this.block = block;
        this.clock = clock;
    }

    /** When the account or the client may try again, or {@code null} if it may now. */
    public Instant blockedUntil(String username, String clientAddress) {
        var now = clock.instant();
        var account = failures.get(accountKey(username));
        var client = failures.get(clientKey(clientAddress));
        Instant until = null;
        for (var f : new Failures[] {account, client}) {
            if (f != null && f.blockedUntil != null && f.blockedUntil.isAfter(now)
                    && (until == null || f.blockedUntil.isAfter(until))) {
                until = f.blockedUntil;
            }
        }
        return until;
    }

    public void recordFailure(String username, String clientAddress) {
        var now = clock.instant();
        failures.compute(accountKey(username), (k, f) -> next(f, now, maxPerAccount));
        failures.compute(clientKey(clientAddress), (k, f) -> next(f, now, maxPerClient));
    }

    /** A successful login clears the account's failures, not the client's. */
    public void recordSuccess(String username) {
        failures.remove(accountKey(username));
    }

    /** Forget everything (tests, or an admin after an incident). */
    public void reset() {
        failures.clear();
    }

    @Scheduled(fixedDelayString = "PT5M")
    void forgetOldFailures() {
        var now = clock.instant();
        failures.values().removeIf(f -> f.windowStart.plus(window).isBefore(now)
                && (f.blockedUntil == null || f.blockedUntil.isBefore(now)));
    }

    private Failures next(Failures f, Instant now, int max) {
        if (f == null || f.windowStart.plus(window).isBefore(now)) {
            f = new Failures(now);
        }
        f.count++;
        if (f.count >= max) {
            f.blockedUntil = now.plus(block);
        }
        return f;
    }

    private static String accountKey(String username) {
        return "account:" + username.trim().toLowerCase(Locale.ROOT);
    }

    private static String clientKey(String clientAddress) {
        return "client:" + clientAddress;
    }

    private static final class Failures {
        final Instant windowStart;
        int count;
        Instant blockedUntil;

        Failures(Instant windowStart) {
            this.windowStart = windowStart;
        }
    }
}
