package eu.praxis.discussion;

import eu.praxis.content.ModerationAction;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A thread page: the first post and the replies the viewer may see, oldest first. A group's thread has
 * {@code groupId} and {@code groupSlug}; a practice's thread has {@code practiceId} and {@code practiceSlug}
 * (for its permalink) instead, and an opening post that is not shown (the practice is what is discussed).
 * {@code placeName} is the group's name or the practice's current title. {@code mayReply} says whether the
 * viewer may reply (may post there, thread neither locked nor hidden); {@code mayPinAndLock} whether they may
 * pin and lock it (group threads only, their own too), {@code mayModerate} whether they may hide, edit with a
 * reason and delete the thread (group threads of others only), {@code mayMove} whether
 * they may move it to another group; {@code moderation} the moderation actions open to the viewer on the thread
 * ({@link DiscussionPolicy#threadActions}; for a practice's thread none). The
 * thread's own moderation state is the opening post's ({@link Post#hidden}, {@link Post#deleted}). The
 * service checks everything again.
 */
public record ThreadDetails(
        long id,
        @Nullable Long groupId,
        @Nullable String groupSlug,
        @Nullable Long practiceId,
        @Nullable String practiceSlug,
        String placeName,
        String title,
        Post opening,
        List<Post> replies,
        boolean pinned,
        boolean locked,
        boolean mayReply,
        boolean mayPinAndLock,
        boolean mayModerate,
        boolean mayMove,
        Set<ModerationAction> moderation) {

    public boolean ofPractice() {
        return practiceId != null;
    }

    public boolean hidden() {
        return opening.hidden();
    }

    public boolean deleted() {
        return opening.deleted();
    }
}
