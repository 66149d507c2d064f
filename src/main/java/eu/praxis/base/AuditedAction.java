package eu.praxis.base;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A moderation or administration action, published as an application event by the feature that
 * performed it (in the same transaction) and recorded by the audit log. One shared record rather than
 * one event type per action, because the audit log treats every action alike: who, what, on what, why.
 *
 * @param action what was done, as {@code <target>.<verb>} in the domain's words, e.g. {@code thread.pin},
 *        {@code reply.hide}, {@code member.remove}, {@code organisation.suspend}; also the message key suffix
 *        {@code audit.action.<action>} under which the audit log shows it
 * @param targetType what it was done to, e.g. {@code thread}, {@code reply}, {@code practice}, {@code person}
 * @param groupId the working group it concerns, if any (for the per-group audit filter)
 * @param reason the reason given, if any
 * @param detail what exactly the action touched, if the action says more than its target (e.g. the field of a
 *        redaction and how many stored revisions it rewrote), at most {@link #DETAIL_MAX} characters
 */
public record AuditedAction(
        long actorId,
        String action,
        String targetType,
        long targetId,
        @Nullable Long groupId,
        @Nullable String reason,
        Instant at,
        @Nullable String detail) {

    public static final int DETAIL_MAX = 200;

    /** An action that its target, reason and group say all about. */
    public AuditedAction(
            long actorId,
            String action,
            String targetType,
            long targetId,
            @Nullable Long groupId,
            @Nullable String reason,
            Instant at) {
        this(actorId, action, targetType, targetId, groupId, reason, at, null);
    }
}
