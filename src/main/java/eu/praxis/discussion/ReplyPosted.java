package eu.praxis.discussion;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Someone replied in a thread: a group's ({@code groupId} set) or a practice's ({@code practiceId}
 * set, {@code groupId} null, as a practice may be shared in several groups or the whole network).
 * {@code mentionedPersonIds}: the people mentioned in the reply who can read the thread (others are
 * left out), never the author.
 */
public record ReplyPosted(
        long threadId,
        long replyId,
        @Nullable Long groupId,
        @Nullable Long practiceId,
        long authorId,
        List<Long> mentionedPersonIds) {}
