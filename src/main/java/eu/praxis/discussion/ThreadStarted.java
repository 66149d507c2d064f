package eu.praxis.discussion;

import java.util.List;

/**
 * Someone started a thread in a group. {@code mentionedPersonIds}: the people mentioned in the body
 * who can read the thread (others are left out), never the author.
 */
public record ThreadStarted(long threadId, long groupId, long authorId, List<Long> mentionedPersonIds) {}
