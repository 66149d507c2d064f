package eu.praxis.security;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Counts failed logins per account and per client address in a sliding window and blocks further
 * attempts for a while once a limit is reached (DD004). The per-client limit is higher because several
 * officials of one city hall may share an address.
 */
@Component
public class LoginThrottle {

    private final Throttle accounts;
    private final Throttle clients;

    LoginThrottle(LoginThrottleProperties properties, Clock clock) {
        this.accounts = new Throttle(
                properties.maxFailuresPerAccount(), properties.failureWindow(), properties.blockDuration(), clock);
        this.clients = new Throttle(
                properties.maxFailuresPerClient(), properties.failureWindow(), properties.blockDuration(), clock);
    }

    /** When the account or the client may try again, or {@code null} if it may now. */
    public @Nullable Instant blockedUntil(String username, String clientAddress) {
        var account = accounts.blockedUntil(accountKey(username));
        var client = clients.blockedUntil(clientAddress);
        if (account == null || client == null) {
            return account == null ? client : account;
        }
        return account.isAfter(client) ? account : client;
    }

    public void recordFailure(String username, String clientAddress) {
        accounts.record(accountKey(username));
        clients.record(clientAddress);
    }

    /** A successful login clears the account's failures, not the client's. */
    public void recordSuccess(String username) {
        accounts.clear(accountKey(username));
    }

    /** Forget everything (tests, or an admin after an incident). */
    public void reset() {
        accounts.clearAll();
        clients.clearAll();
    }

    @Scheduled(fixedDelayString = "PT5M")
    void forgetOldFailures() {
        accounts.forgetOld();
        clients.forgetOld();
    }

    private static String accountKey(String username) {
        return username.trim().toLowerCase(Locale.ROOT);
    }
}
