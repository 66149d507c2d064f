package eu.praxis.practice;

import org.jspecify.annotations.Nullable;

/**
 * A moderator acted on someone else's practice, e.g. to tell its author. Published with the
 * {@link eu.praxis.base.AuditedAction} of the same action, in the same transaction.
 *
 * @param action as in the audit log: {@code practice.hide}, {@code practice.restore}, {@code practice.edit},
 *        {@code practice.delete}, {@code practice.undelete}
 * @param reason the reason given (required to hide), or null
 */
public record PracticeModerated(String action, long practiceId, long authorId, long moderatorId,
        @Nullable String reason) {
}
