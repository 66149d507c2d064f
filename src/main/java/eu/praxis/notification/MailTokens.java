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
 * The signed tokens of the links in notification mails, with an HMAC-SHA256 over what they name, so that nobody
 * can forge one for someone else. An unsubscribe link names a person and a kind and works without login; it changes
 * nothing but one kind's mail. A register link names a person and an event and registers only that person, once
 * logged in ({@link RegisterLinks}): a page address that registers whoever opens it could be planted anywhere.
 * Tokens do not expire (a mail read months later should still work). The key is
 * {@code praxis.notification.token-secret} if set, otherwise one generated on first use and kept in the
 * database, which all nodes share (DD013). The two payloads cannot be read as each other.
 */
@Component
class MailTokens {

    private static final String ALGORITHM = "HmacSHA256";
    private static final String SECRET_NAME = "unsubscribe-token";
    private static final int MAC_LENGTH = 32;

    /** Who and which kind a valid unsubscribe token names. */
    record Unsubscription(long personId, NotificationKind kind) {}

    /** Who and which event a valid register token names. */
    record RegisterLink(long personId, long eventId) {}

    private static final String REGISTER = "register";

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;
    private final @Nullable String configuredSecret;
    private volatile byte @Nullable [] key;

    MailTokens(
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

    String unsubscribeToken(long personId, NotificationKind kind) {
        return sign(personId + ":" + kind.name());
    }

    String registerToken(long personId, long eventId) {
        return sign(REGISTER + ":" + personId + ":" + eventId);
    }

    /** Who and which kind the token names; empty if it is malformed, tampered with or signed with another key. */
    Optional<Unsubscription> readUnsubscribe(String token) {
        return payload(token).flatMap(payload -> {
            var parts = payload.split(":", 2);
            try {
                return Optional.of(new Unsubscription(Long.parseLong(parts[0]), NotificationKind.valueOf(parts[1])));
            } catch (RuntimeException e) {
                // signed by us but not understood, e.g. a kind that was since renamed, or another link's token
                return Optional.empty();
            }
        });
    }

    /** Who and which event the token names; empty if it is not a valid register token. */
    Optional<RegisterLink> readRegister(String token) {
        return payload(token).flatMap(payload -> {
            var parts = payload.split(":", 3);
            try {
                return parts.length == 3 && parts[0].equals(REGISTER)
                        ? Optional.of(new RegisterLink(Long.parseLong(parts[1]), Long.parseLong(parts[2])))
                        : Optional.empty();
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }

    private String sign(String payload) {
        var bytes = payload.getBytes(StandardCharsets.UTF_8);
        var token = ByteBuffer.allocate(MAC_LENGTH + bytes.length)
                .put(mac(bytes))
                .put(bytes)
                .array();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(token);
    }

    /** The signed text of a token; empty if it is malformed, tampered with or signed with another key. */
    private Optional<String> payload(String token) {
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
        return Optional.of(new String(payload, StandardCharsets.UTF_8));
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
