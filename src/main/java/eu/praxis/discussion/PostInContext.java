package eu.praxis.discussion;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One thread (its first post) or one reply with where it is, as the viewer may see it: for features that
 * refer to posts by id, such as moderation's reports. {@code path} is the address of the page that shows it
 * (the thread, or the practice whose discussion it is in). {@code mayModerate}: the viewer may hide and delete
 * it; {@code mayLock}: the viewer may lock its thread (group threads only). The service checks again.
 *
 * @param targetType {@code thread} or {@code reply}
 * @param groupId the thread's group; null in a practice's discussion
 * @param practiceId the practice whose discussion it is in, or null
 * @param moderatingGroupIds the groups whose leads moderate it: the thread's group, or the groups the practice is
 *     shared in
 */
public record PostInContext(
        String targetType,
        long id,
        long threadId,
        String threadTitle,
        @Nullable Long groupId,
        @Nullable Long practiceId,
        String placeName,
        Set<Long> moderatingGroupIds,
        String path,
        long authorId,
        String authorName,
        String markdown,
        boolean hidden,
        boolean deleted,
        boolean threadLocked,
        boolean mayModerate,
        boolean mayLock) {}
