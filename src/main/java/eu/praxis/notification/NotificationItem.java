package eu.praxis.notification;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A notification as the list shows it: what happened ({@code kind}'s text with the actor's current name and
 * the subject's title as it was), where it leads, and whether it was read. Equality by id.
 */
public record NotificationItem(
        long id,
        NotificationKind kind,
        String subjectTitle,
        String permalink,
        @Nullable String actorName,
        Instant createdAt,
        boolean read) {

    @Override
    public boolean equals(Object o) {
        return o instanceof NotificationItem other && other.id == id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }
}
