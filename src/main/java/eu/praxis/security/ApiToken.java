package eu.praxis.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A personal token for the research API. The secret itself is never stored, only its SHA-256: a leaked
 * database leaks no usable token. A token works until it expires or is revoked, and only while its owner
 * could log in.
 */
@Entity
@Table(name = "api_token")
class ApiToken {

    static final int LABEL_MAX_LENGTH = 80;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "label", nullable = false, length = LABEL_MAX_LENGTH)
    private String label;

    @Column(name = "secret_hash", nullable = false, length = 64)
    private String secretHash;

    @Column(name = "prefix", nullable = false, length = 20)
    private String prefix;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_used_at")
    private @Nullable Instant lastUsedAt;

    @Column(name = "expires_at")
    private @Nullable Instant expiresAt;

    @Column(name = "revoked_at")
    private @Nullable Instant revokedAt;

    protected ApiToken() {
        this(0, "", "", "", Instant.EPOCH, null);
    }

    ApiToken(
            long personId,
            String label,
            String secretHash,
            String prefix,
            Instant createdAt,
            @Nullable Instant expiresAt) {
        this.personId = personId;
        this.label = label;
        this.secretHash = secretHash;
        this.prefix = prefix;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    boolean isActive(Instant now) {
        return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
    }

    /** Revoking twice keeps the first time. */
    void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    ApiTokenItem toItem(Instant now) {
        return new ApiTokenItem(getId(), label, prefix, createdAt, lastUsedAt, expiresAt, revokedAt, isActive(now));
    }

    long getId() {
        if (id == null) {
            throw new IllegalStateException("Not saved yet");
        }
        return id;
    }

    String getLabel() {
        return label;
    }

    long getPersonId() {
        return personId;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ApiToken other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return ApiToken.class.hashCode();
    }
}
