package eu.praxis.discussion;

import eu.praxis.content.ContentModerated;
import eu.praxis.content.ModeratableContent;
import eu.praxis.content.Moderation;
import eu.praxis.content.ModerationAction;
import eu.praxis.security.Viewer;
import java.time.Clock;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Replies as moderated content, in a group's thread or a practice's discussion: the place's moderators
 * ({@link DiscussionPolicy#mayModerate}) hide, restore and delete replies of others; only the secretariat brings a
 * deleted one back. Each action publishes an {@link eu.praxis.base.AuditedAction} and a {@link ContentModerated}, and
 * keeps the thread's reply count to the replies everyone sees.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional
public class ReplyModeration implements ModeratableContent {

    /** The type's key in {@link eu.praxis.content.ContentModeration}, the audit log and {@link ContentModerated}. */
    public static final String TYPE = "reply";

    private final ThreadAccess access;
    private final DiscussionThreadRepository threads;
    private final DiscussionPolicy policy;
    private final DiscussionModerationLog moderationLog;
    private final Clock clock;

    ReplyModeration(
            ThreadAccess access,
            DiscussionThreadRepository threads,
            DiscussionPolicy policy,
            DiscussionModerationLog moderationLog,
            Clock clock) {
        this.access = access;
        this.threads = threads;
        this.policy = policy;
        this.moderationLog = moderationLog;
        this.clock = clock;
    }

    /** Asked while the application starts, by nobody in particular: open to all. */
    @Override
    @PreAuthorize("permitAll()")
    public String type() {
        return TYPE;
    }

    @Override
    @Transactional(readOnly = true)
    public Set<ModerationAction> available(Viewer viewer, long id) {
        var user = access.loggedIn(viewer);
        return access.findReply(id, user)
                .map(readable -> policy.postActions(
                        user,
                        readable.thread().leads(),
                        readable.reply().getAuthorId(),
                        readable.reply().getModeration()))
                .orElse(Set.of());
    }

    /**
     * Hide (with the reason shown to the author: hidden from everyone but the author, the place's moderators and
     * admins), restore, delete (only admins still see it, marked), undelete (the secretariat only).
     */
    @Override
    public void apply(Viewer moderator, long id, ModerationAction action, @Nullable String reason) {
        var user = access.loggedIn(moderator);
        var readable = access.readableReply(id, user);
        var reply = readable.reply();
        moderationLog.requireMayModerate(user, readable.thread().leads(), reply.getAuthorId());
        var why = Moderation.reason(reason, action.reasonRequired());
        var moderation = reply.getModeration();
        var wasPublic = moderation.isPublic();
        if (action == ModerationAction.UNDELETE) {
            moderationLog.requireMayUndelete(user);
        }
        moderation.apply(action, user.personId(), why, clock.instant());
        if (moderation.isPublic() != wasPublic) {
            threads.changeReplyCount(reply.getThreadId(), wasPublic ? -1 : 1);
        }
        moderationLog.moderated(user, TYPE, action.verb(), id, readable.thread().thread(), reply.getAuthorId(), why);
    }
}
