package eu.praxis.member;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A one-time link that lets an invited person set their password. Only the SHA-256 of the token
 * is stored, so a leaked database does not leak usable links.
 */
@Entity
@Table(name = "invitation")
class Invitation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "token_hash", nullable = false)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private @Nullable Instant usedAt;

    @Column(name = "created_by")
    private @Nullable Long createdBy;

    protected Invitation() {
        this(0, "", Instant.EPOCH, Instant.EPOCH, null);
    }

    Invitation(long personId, String tokenHash, Instant now, Instant expiresAt, @Nullable Long createdBy) {
        this.personId = personId;
        this.tokenHash = tokenHash;
        this.createdAt = now;
        this.expiresAt = expiresAt;
        this.createdBy = createdBy;
    }

    boolean isUsable(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    void use(Instant now) {
        if (!isUsable(now)) {
            throw new eu.praxis.base.UserFacingException("invitation.error.invalid");
        }
        usedAt = now;
    }

    long getPersonId() {
        return personId;
    }

    Instant getExpiresAt() {
        return expiresAt;
    }
}
