package eu.praxis.security;

import java.time.Duration;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Two-factor sign-in (DD024), {@code praxis.two-factor.*}.
 *
 * @param requiredFor who must use a second factor: {@code ADMIN} (the secretariat), {@code LEAD} (leads of a working
 *        group), {@code RESEARCHER}, {@code MEMBER}; empty for nobody (the demo run). Anyone may enrol.
 * @param encryptionKey 32 random bytes in base64 ({@code openssl rand -base64 32}) that encrypt the authenticator keys
 *        in the database; without it nobody can enrol, and start-up fails if anyone is required to
 * @param maxFailures wrong codes per person within {@code failureWindow} before the person is blocked for that window
 * @param signInTimeout how long after the password the code (or the enrolment) may be completed
 */
@ConfigurationProperties("praxis.two-factor")
public record TwoFactorProperties(
        @DefaultValue({"ADMIN", "LEAD"}) Set<Who> requiredFor,
        @Nullable String encryptionKey,
        @DefaultValue("5") int maxFailures,
        @DefaultValue("PT15M") Duration failureWindow,
        @DefaultValue("PT10M") Duration signInTimeout) {

    /** The groups of people the requirement can name. */
    public enum Who {
        ADMIN,
        LEAD,
        RESEARCHER,
        MEMBER
    }

    public TwoFactorProperties {
        requiredFor = Set.copyOf(requiredFor);
    }
}
