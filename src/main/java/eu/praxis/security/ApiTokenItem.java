package eu.praxis.security;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A token as its owner's list shows it: never the secret, only its first characters. */
public record ApiTokenItem(
        long id,
        String label,
        String prefix,
        Instant createdAt,
        @Nullable Instant lastUsedAt,
        @Nullable Instant expiresAt,
        @Nullable Instant revokedAt,
        boolean active) {}
