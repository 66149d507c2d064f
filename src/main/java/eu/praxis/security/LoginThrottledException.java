package eu.praxis.security;

import java.time.Instant;
import org.springframework.security.core.AuthenticationException;

/** Too many failed logins for this account or from this client; tells when to try again. */
public class LoginThrottledException extends AuthenticationException {

    private final Instant retryAfter;

    LoginThrottledException(Instant retryAfter) {
        super("Too many failed logins, retry after " + retryAfter);
        this.retryAfter = retryAfter;
    }

    public Instant retryAfter() {
        return retryAfter;
    }
}
