package eu.praxis.discussion;

import org.jspecify.annotations.Nullable;

/**
 * A moderator acted on a thread or a reply, e.g. to tell its author. Published with the
 * {@link eu.praxis.base.AuditedAction} of the same action, in the same transaction; not for pinning, which
 * takes nothing from the author.
 *
 * @param action as in the audit log: {@code thread.lock},
 *        {@code thread.unlock}, {@code thread.hide}, {@code thread.restore}, {@code thread.edit},
 *        {@code thread.move}, {@code thread.delete}, {@code thread.undelete}, {@code reply.hide},
 *        {@code reply.restore}, {@code reply.edit}, {@code reply.delete}, {@code reply.undelete}
 * @param targetType {@code thread} or {@code reply}
 * @param targetId the thread's or the reply's id
 * @param threadId the thread (the target itself, or the reply's thread)
 * @param groupId the thread's group after the action (for a move: the new one); null for a practice's thread
 * @param practiceId the practice whose discussion it is, or null
 * @param authorId who wrote the content
 * @param moderatorId who acted
 * @param reason the reason given (required to hide and to edit), or null
 */
public record ContentModerated(String action, String targetType, long targetId, long threadId,
        @Nullable Long groupId, @Nullable Long practiceId, long authorId, long moderatorId, @Nullable String reason) {
}
