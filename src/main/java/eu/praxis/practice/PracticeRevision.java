package eu.praxis.practice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;
import org.jspecify.annotations.Nullable;

/**
 * Envers' revision entity: one row per transaction that changed audited data, with who made the
 * change. Envers allows one revision entity per application; it lives here because practices are
 * the only audited entities so far (move it to {@code base} when another feature audits).
 */
@Entity
@Table(name = "revision")
@RevisionEntity(PracticeRevisionListener.class)
class PracticeRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @RevisionNumber
    @Column(name = "id")
    private long id;

    /** Epoch milliseconds, as Envers writes it. */
    @RevisionTimestamp
    @Column(name = "revised_at", nullable = false)
    private long revisedAt;

    /** The person who made the change; {@code null} or 0 when the system did. */
    @Column(name = "person_id")
    private @Nullable Long personId;

    /** Why a moderator changed the practice; null for ordinary edits. */
    @Column(name = "reason")
    private @Nullable String reason;

    long getId() {
        return id;
    }

    long getRevisedAt() {
        return revisedAt;
    }

    @Nullable
    Long getPersonId() {
        return personId;
    }

    void setPersonId(@Nullable Long personId) {
        this.personId = personId;
    }

    @Nullable
    String getReason() {
        return reason;
    }

    void setReason(@Nullable String reason) {
        this.reason = reason;
    }
}
