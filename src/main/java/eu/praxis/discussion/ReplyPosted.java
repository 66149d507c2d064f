package eu.praxis.discussion;

import java.util.List;

/**
 * Someone replied in a thread. {@code mentionedPersonIds}: the people mentioned in the reply who can
 * read the thread (others are left out), never the author.
 */
public record ReplyPosted(long threadId, long replyId, long groupId, long authorId, List<Long> mentionedPersonIds) {
}
