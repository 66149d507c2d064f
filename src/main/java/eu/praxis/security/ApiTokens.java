package eu.praxis.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The format of token secrets ({@code praxis_} and 32 random bytes in base64url) and their lookup for the
 * API filter. The lookup is by SHA-256 of the presented secret, so no secret is ever compared character by
 * character (nothing to time) and the database holds nothing usable.
 */
@Component
class ApiTokens {

    static final String SCHEME_PREFIX = "praxis_";
    private static final int SECRET_BYTES = 32;
    /** {@code praxis_} + 43 characters of unpadded base64url. */
    private static final int SECRET_LENGTH = SCHEME_PREFIX.length() + 43;

    private static final int DISPLAY_CHARS = 6;
    private static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Which token a request used and on whose behalf. */
    record Use(long tokenId, long personId) {}

    private final ApiTokenRepository tokens;
    private final Clock clock;

    ApiTokens(ApiTokenRepository tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    /** The active token with this secret, if any; notes when it was used. */
    @Transactional
    Optional<Use> use(String secret) {
        if (secret.length() != SECRET_LENGTH || !secret.startsWith(SCHEME_PREFIX)) {
            return Optional.empty();
        }
        var now = clock.instant();
        return tokens.findBySecretHash(hash(secret))
                .filter(t -> t.isActive(now))
                .map(t -> {
                    tokens.markUsed(t.getId(), now, now.minus(LAST_USED_PRECISION));
                    return new Use(t.getId(), t.getPersonId());
                });
    }

    static String newSecret() {
        var bytes = new byte[SECRET_BYTES];
        RANDOM.nextBytes(bytes);
        return SCHEME_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String secret) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** Enough of the secret for its owner to recognise it, far too little to guess the rest. */
    static String displayPrefix(String secret) {
        return secret.substring(0, SCHEME_PREFIX.length() + DISPLAY_CHARS);
    }
}
