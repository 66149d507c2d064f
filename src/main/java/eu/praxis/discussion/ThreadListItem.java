package eu.praxis.discussion;

import java.time.Instant;

/**
 * A thread as the group's thread list shows it; {@code hidden} and {@code deleted} only ever true for those
 * who still see such threads (author, moderators, admins), to mark them. Equality by id.
 */
public record ThreadListItem(
        long id,
        long groupId,
        String title,
        long authorId,
        String authorName,
        Instant createdAt,
        Instant lastActivityAt,
        int replyCount,
        boolean pinned,
        boolean locked,
        boolean hidden,
        boolean deleted) {

    @Override
    public boolean equals(Object o) {
        return o instanceof ThreadListItem other && other.id == id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }
}
