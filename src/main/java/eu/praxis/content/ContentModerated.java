package eu.praxis.content;

import org.jspecify.annotations.Nullable;

/**
 * A moderator acted on a piece of content (a thread, a reply, a practice), e.g. to tell its author, to reindex
 * it, to close reports on it. Published with the {@link eu.praxis.base.AuditedAction} of the same action, in the
 * same transaction; not for pinning, which takes nothing from the author.
 *
 * @param action as in the audit log, {@code <targetType>.<verb>}: {@code thread.lock}, {@code reply.hide},
 *        {@code practice.delete}, and the edits and moves a type does outside {@link ModerationAction}
 *        ({@code thread.edit}, {@code thread.move}, {@code reply.edit}, {@code practice.edit})
 * @param targetType {@code thread}, {@code reply} or {@code practice}
 * @param targetId the content's id
 * @param threadId the discussion thread concerned (the target itself, or a reply's thread); null for a practice
 * @param groupId the thread's group after the action (for a move: the new one); null if not in a group thread
 * @param practiceId the practice itself, or the practice whose discussion it is; null otherwise
 * @param authorId who wrote the content
 * @param moderatorId who acted
 * @param reason the reason given, or null
 */
public record ContentModerated(
        String action,
        String targetType,
        long targetId,
        @Nullable Long threadId,
        @Nullable Long groupId,
        @Nullable Long practiceId,
        long authorId,
        long moderatorId,
        @Nullable String reason) {}
