package eu.praxis.moderation;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One audit entry as the log shows it, with the names of the actor, the target and the group. {@code action} is
 * shown through the message key {@code audit.action.<action>}; {@code targetName} is null when the target no
 * longer exists; {@code detail} says what exactly the action touched, when it says more than its target.
 */
public record AuditEntryItem(
        long id,
        Instant at,
        long actorId,
        String actorName,
        String action,
        String targetType,
        long targetId,
        @Nullable String targetName,
        @Nullable Long groupId,
        @Nullable String groupName,
        @Nullable String reason,
        @Nullable String detail) {

    @Override
    public boolean equals(Object o) {
        return o instanceof AuditEntryItem other && other.id == id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }
}
