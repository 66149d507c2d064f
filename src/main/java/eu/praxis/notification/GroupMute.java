package eu.praxis.notification;

import eu.praxis.base.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A person silenced a group's activity ({@link NotificationKind#silencedByGroupMute()}). */
@Entity
@Table(name = "notification_group_mute")
public class GroupMute extends BaseEntity {

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "group_id", nullable = false)
    private long groupId;

    @Column(name = "muted_at", nullable = false)
    private Instant mutedAt;

    protected GroupMute() {
        this(0, 0, Instant.EPOCH);
    }

    GroupMute(long personId, long groupId, Instant now) {
        this.personId = personId;
        this.groupId = groupId;
        this.mutedAt = now;
    }

    public long getPersonId() {
        return personId;
    }

    public long getGroupId() {
        return groupId;
    }

    public Instant getMutedAt() {
        return mutedAt;
    }
}
