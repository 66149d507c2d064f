package eu.praxis.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A person silenced a group's activity ({@link NotificationKind#silencedByGroupMute()}). */
@Entity
@Table(name = "notification_group_mute")
public class GroupMute {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

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

    @Override
    public boolean equals(Object o) {
        return o instanceof GroupMute other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return GroupMute.class.hashCode();
    }
}
