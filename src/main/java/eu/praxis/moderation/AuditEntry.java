package eu.praxis.moderation;

import eu.praxis.base.AuditedAction;
import eu.praxis.base.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/**
 * Who did what to what, when, and why: one {@link AuditedAction} as recorded. Append-only (DD017): written
 * once, never changed ({@link Immutable}, no setters) nor deleted ({@link AuditEntryRepository} has no such
 * method).
 */
@Entity
@Immutable
@Table(name = "audit_entry")
public class AuditEntry extends BaseEntity {

    static final int REASON_MAX = 500;

    @Column(name = "at", nullable = false)
    private Instant at;

    @Column(name = "actor_id", nullable = false)
    private long actorId;

    @Column(name = "action", nullable = false)
    private String action;

    @Column(name = "target_type", nullable = false)
    private String targetType;

    @Column(name = "target_id", nullable = false)
    private long targetId;

    @Column(name = "group_id")
    private @Nullable Long groupId;

    @Column(name = "reason")
    private @Nullable String reason;

    @Column(name = "detail")
    private @Nullable String detail;

    protected AuditEntry() {
        this(new AuditedAction(0, "", "", 0, null, null, Instant.EPOCH));
    }

    AuditEntry(AuditedAction action) {
        this.at = action.at();
        this.actorId = action.actorId();
        this.action = action.action();
        this.targetType = action.targetType();
        this.targetId = action.targetId();
        this.groupId = action.groupId();
        // The features cap reasons at this length already; an action must never fail for its audit entry.
        var why = action.reason();
        this.reason = why != null && why.length() > REASON_MAX ? why.substring(0, REASON_MAX) : why;
        var what = action.detail();
        this.detail = what != null && what.length() > AuditedAction.DETAIL_MAX
                ? what.substring(0, AuditedAction.DETAIL_MAX)
                : what;
    }

    public Instant getAt() {
        return at;
    }

    public long getActorId() {
        return actorId;
    }

    public String getAction() {
        return action;
    }

    public String getTargetType() {
        return targetType;
    }

    public long getTargetId() {
        return targetId;
    }

    public @Nullable Long getGroupId() {
        return groupId;
    }

    public @Nullable String getReason() {
        return reason;
    }

    public @Nullable String getDetail() {
        return detail;
    }
}
