package eu.praxis.discussion;

import eu.praxis.base.AuditedAction;
import eu.praxis.base.UserFacingException;
import eu.praxis.content.ContentModerated;
import eu.praxis.security.Viewer;
import java.time.Clock;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Publishes what a moderator did to a thread or reply ({@link ThreadModeration}, {@link ReplyModeration}, an edit
 * with a reason in {@link DiscussionPosting}): an {@link AuditedAction}, and a {@link ContentModerated} for the
 * author unless the action takes nothing from them (a pin).
 */
@Component
class DiscussionModerationLog {

    private final DiscussionPolicy policy;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DiscussionModerationLog(DiscussionPolicy policy, ApplicationEventPublisher events, Clock clock) {
        this.policy = policy;
        this.events = events;
        this.clock = clock;
    }

    /** Moderators of the place act on content of others; on their own they are its author. */
    void requireMayModerate(Viewer moderator, boolean leads, long authorId) {
        if (policy.mayModerate(moderator, leads, authorId)) {
            return;
        }
        if (policy.moderates(moderator, leads)) {
            throw new UserFacingException("discussion.error.own-content");
        }
        throw new AccessDeniedException("Not a moderator of this discussion");
    }

    void requireMayUndelete(Viewer moderator) {
        if (!policy.mayUndelete(moderator)) {
            throw new AccessDeniedException("Only the secretariat restores deleted content");
        }
    }

    /**
     * Publishes {@code <targetType>.<verb>} (e.g. {@code reply.hide}) for the audit log and the author.
     *
     * @param targetId the thread's or the reply's id
     */
    void moderated(
            Viewer moderator,
            String targetType,
            String verb,
            long targetId,
            DiscussionThread thread,
            long authorId,
            @Nullable String reason) {
        var action = targetType + "." + verb;
        audited(moderator, action, targetType, targetId, thread, reason);
        events.publishEvent(new ContentModerated(
                action,
                targetType,
                targetId,
                Objects.requireNonNull(thread.getId()),
                thread.getGroupId(),
                thread.getPracticeId(),
                authorId,
                moderator.personId(),
                reason));
    }

    /** Only the audit entry: for an action the author need not hear of. */
    void audited(
            Viewer moderator,
            String action,
            String targetType,
            long targetId,
            DiscussionThread thread,
            @Nullable String reason) {
        events.publishEvent(new AuditedAction(
                moderator.personId(), action, targetType, targetId, thread.getGroupId(), reason, clock.instant()));
    }
}
