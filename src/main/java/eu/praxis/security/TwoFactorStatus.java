package eu.praxis.security;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A person's two-factor sign-in as their profile page shows it.
 *
 * @param available whether this server can enrol anyone (it has an encryption key)
 * @param required whether the person must use a second factor ({@link TwoFactorRequirement})
 * @param recoveryCodesLeft unused recovery codes
 */
public record TwoFactorStatus(
        boolean available,
        boolean required,
        boolean enrolled,
        @Nullable Instant enrolledAt,
        int recoveryCodesLeft) {}
