package eu.praxis.security;

import java.io.Serializable;
import java.time.Instant;

/**
 * A password accepted, a second factor still to come: kept in the HTTP session while the session's security context
 * stays empty, so that every page, service and path treats the person as a visitor until then (DD024).
 *
 * @param mustEnrol the person is required to use a second factor and has none yet
 * @param target the page they asked for before the login, as a path and query; where they go once done
 * @param verified a code was accepted (or the enrolment confirmed): the sign-in may be completed
 */
public record PendingSignIn(
        long personId, String email, boolean mustEnrol, Instant passwordAt, String target, boolean verified)
        implements Serializable {

    static final String SESSION_ATTRIBUTE = PendingSignIn.class.getName();

    PendingSignIn verifiedNow() {
        return new PendingSignIn(personId, email, false, passwordAt, target, true);
    }
}
