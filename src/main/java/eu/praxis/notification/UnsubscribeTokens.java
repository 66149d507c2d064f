package eu.praxis.notification;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The signed token of an unsubscribe link: who and which kind, with an HMAC-SHA256 over both, so that
 * the link works without login and nobody can forge one for someone else. It does not expire (a mail
 * read months later should still work) and changes nothing but one kind's mail. The key is
 * {@code praxis.notification.token-secret} if set, otherwise one generated on first use and kept in the
 * database, which all nodes share (DD013).
 */
@Component
class UnsubscribeTokens {

    private static final String ALGORITHM = "HmacSHA256";
    private static final String SECRET_NAME = "unsubscribe-token";
    private static final int MAC_LENGTH = 32;

    /** Who and which kind a valid token names. */
    record Unsubscription(long personId, NotificationKind kind) {}

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;
    private final @Nullable String configuredSecret;
    private volatile byte @Nullable [] key;

    UnsubscribeTokens(
            JdbcClient jdbc,
            PlatformTransactionManager transactions,
            Clock clock,
            @Value("${praxis.notification.token-secret:}") String configuredSecret) {
        this.jdbc = jdbc;
        // apart from the caller's transaction, which a lost insert race would spoil on PostgreSQL
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.configuredSecret = configuredSecret.isBlank() ? null : configuredSecret;
    }

    String tokenFor(long personId, NotificationKind kind) {
        var payload = payload(personId, kind);
        var bytes = ByteBuffer.allocate(MAC_LENGTH + payload.length)
                .put(mac(payload))
                .put(payload)
                .array();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Who and which kind the token names; empty if it is malformed, tampered with or signed with another key. */
    Optional<Unsubscription> read(String token) {
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(token);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (bytes.length <= MAC_LENGTH) {
            return Optional.empty();
        }
        var payload = Arrays.copyOfRange(bytes, MAC_LENGTH, bytes.length);
        if (!MessageDigest.isEqual(mac(payload), Arrays.copyOf(bytes, MAC_LENGTH))) {
            return Optional.empty();
        }
        var parts = new String(payload, StandardCharsets.UTF_8).split(":", 2);
        try {
            return Optional.of(new Unsubscription(Long.parseLong(parts[0]), NotificationKind.valueOf(parts[1])));
        } catch (RuntimeException e) {
            // signed by us but not understood, e.g. a kind that was since renamed
            return Optional.empty();
        }
    }

    private static byte[] payload(long personId, NotificationKind kind) {
        return (personId + ":" + kind.name()).getBytes(StandardCharsets.UTF_8);
    }

    private byte[] mac(byte[] payload) {
        try {
            var mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key(), ALGORITHM));
            return mac.doFinal(payload);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    private byte[] key() {
        var current = key;
        if (current == null) {
            var secret = configuredSecret != null ? configuredSecret : storedSecret();
            current = secret.getBytes(StandardCharsets.UTF_8);
            key = current;
        }
        return current;
    }

    /** The database's secret, created by the first node that needs one; a node that loses the race takes the winner's. */
    private String storedSecret() {
        return find().orElseGet(() -> {
            var bytes = new byte[32];
            new SecureRandom().nextBytes(bytes);
            try {
                ownTransaction.executeWithoutResult(status -> jdbc.sql(
                                "insert into notification_secret (name, secret, created_at) values (?, ?, ?)")
                        .params(SECRET_NAME, Base64.getEncoder().encodeToString(bytes), Timestamp.from(clock.instant()))
                        .update());
            } catch (DuplicateKeyException e) {
                // another node was first
            }
            return find().orElseThrow();
        });
    }

    private Optional<String> find() {
        return jdbc.sql("select secret from notification_secret where name = ?")
                .param(SECRET_NAME)
                .query(String.class)
                .optional();
    }
}
