package eu.praxis.discussion;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A thread page: the first post and the replies, oldest first. A group's thread has {@code groupId}
 * and {@code groupSlug}; a practice's thread has {@code practiceId} and {@code practiceSlug} (for its
 * permalink) instead, and an opening post that is not shown (the practice is what is discussed).
 * {@code placeName} is the group's name or the practice's current title. {@code mayReply} says
 * whether the viewer may reply (may post there, thread not locked); the service checks again.
 */
public record ThreadDetails(long id, @Nullable Long groupId, @Nullable String groupSlug, @Nullable Long practiceId,
        @Nullable String practiceSlug, String placeName, String title, Post opening, List<Post> replies,
        boolean pinned, boolean locked, boolean mayReply) {

    public boolean ofPractice() {
        return practiceId != null;
    }
}
