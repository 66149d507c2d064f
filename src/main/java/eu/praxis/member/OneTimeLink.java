package eu.praxis.member;

import eu.praxis.base.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A one-time, expiring link that sets a person's password: an invitation or a password reset.
 * Only the SHA-256 of the token is stored, so a leaked database does not leak usable links.
 */
@Entity
@Table(name = "one_time_link")
class OneTimeLink extends BaseEntity {

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Enumerated(EnumType.STRING)
    @Column(name = "purpose", nullable = false)
    private LinkPurpose purpose;

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

    protected OneTimeLink() {
        this(0, LinkPurpose.INVITATION, "", Instant.EPOCH, Instant.EPOCH, null);
    }

    OneTimeLink(
            long personId,
            LinkPurpose purpose,
            String tokenHash,
            Instant now,
            Instant expiresAt,
            @Nullable Long createdBy) {
        this.personId = personId;
        this.purpose = purpose;
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

    LinkPurpose getPurpose() {
        return purpose;
    }

    Instant getCreatedAt() {
        return createdAt;
    }
}
