package eu.praxis.discussion;

import eu.praxis.base.UserFacingException;
import eu.praxis.content.ContentModerated;
import eu.praxis.content.ModeratableContent;
import eu.praxis.content.Moderation;
import eu.praxis.content.ModerationAction;
import eu.praxis.discussion.ThreadAccess.GroupPlace;
import eu.praxis.group.GroupDirectory;
import eu.praxis.group.GroupListItem;
import eu.praxis.security.CurrentUser;
import eu.praxis.security.Viewer;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Group threads as moderated content: the group's moderators ({@link DiscussionPolicy#mayModerate}) hide, restore and
 * delete threads of others and move them to another group; they pin and lock threads, their own included
 * ({@link DiscussionPolicy#mayPinAndLock}); only the secretariat brings a deleted thread back. Every action publishes
 * an {@link eu.praxis.base.AuditedAction}, and a {@link ContentModerated} for the author unless it was a pin or unpin.
 * A practice's thread has no first post to act on: its replies are moderated ({@link ReplyModeration}).
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional
public class ThreadModeration implements ModeratableContent {

    /** The type's key in {@link eu.praxis.content.ContentModeration}, the audit log and {@link ContentModerated}. */
    public static final String TYPE = "thread";

    private final ThreadAccess access;
    private final GroupDirectory groups;
    private final DiscussionPolicy policy;
    private final DiscussionModerationLog moderationLog;
    private final Clock clock;

    ThreadModeration(
            ThreadAccess access,
            GroupDirectory groups,
            DiscussionPolicy policy,
            DiscussionModerationLog moderationLog,
            Clock clock) {
        this.access = access;
        this.groups = groups;
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
        return access.find(id, user)
                .filter(readable -> readable.place() instanceof GroupPlace)
                .map(readable -> {
                    var thread = readable.thread();
                    return policy.threadActions(
                            user,
                            readable.leads(),
                            thread.getAuthorId(),
                            thread.isPinned(),
                            thread.isLocked(),
                            thread.getModeration());
                })
                .orElse(Set.of());
    }

    /**
     * Hide (with the reason shown to the author: hidden from everyone but the author, the group's moderators and
     * admins), restore, delete (only admins still see it, marked), undelete (the secretariat only); lock (it takes no
     * more replies) and unlock; pin (first in the group's lists) and unpin.
     */
    @Override
    public void apply(Viewer moderator, long id, ModerationAction action, @Nullable String reason) {
        var user = access.loggedIn(moderator);
        var readable = access.groupThread(id, user);
        var thread = readable.thread();
        switch (action) {
            case PIN, UNPIN, LOCK, UNLOCK -> {
                if (!policy.mayPinAndLock(user, readable.leads())) {
                    throw new AccessDeniedException("Not a moderator of this discussion");
                }
                switch (action) {
                    case PIN -> thread.pin();
                    case UNPIN -> thread.unpin();
                    case LOCK -> thread.lock();
                    default -> thread.unlock();
                }
                // a lock stops the author's discussion; a pin takes nothing from them and is not worth a mail
                if (action == ModerationAction.LOCK || action == ModerationAction.UNLOCK) {
                    moderationLog.moderated(user, TYPE, action.verb(), id, thread, thread.getAuthorId(), null);
                } else {
                    moderationLog.audited(user, TYPE + "." + action.verb(), TYPE, id, thread, null);
                }
            }
            case HIDE, RESTORE, DELETE, UNDELETE -> {
                moderationLog.requireMayModerate(user, readable.leads(), thread.getAuthorId());
                var why = Moderation.reason(reason, action.reasonRequired());
                if (action == ModerationAction.UNDELETE) {
                    moderationLog.requireMayUndelete(user);
                }
                thread.getModeration().apply(action, user.personId(), why, clock.instant());
                moderationLog.moderated(user, TYPE, action.verb(), id, thread, thread.getAuthorId(), why);
            }
        }
    }

    /**
     * Moves a group's thread, with its replies, to another group: admins anywhere, leads between groups they
     * both lead; not into an archived group.
     */
    public void move(long threadId, long targetGroupId, @Nullable String reason) {
        var user = CurrentUser.require();
        var why = Moderation.reason(reason, false);
        var readable = access.groupThread(threadId, user);
        var thread = readable.thread();
        moderationLog.requireMayModerate(user, readable.leads(), thread.getAuthorId());
        var target = access.readableGroup(targetGroupId, user);
        if (!policy.mayMove(user, readable.leads(), target.iLead())) {
            throw new AccessDeniedException("May not move thread " + threadId + " to group " + targetGroupId);
        }
        if (target.archived()) {
            throw new UserFacingException("discussion.error.archived");
        }
        thread.moveTo(targetGroupId);
        moderationLog.moderated(user, TYPE, "move", threadId, thread, thread.getAuthorId(), why);
    }

    /** The groups the viewer may move the thread to; empty if they may not move it. */
    @Transactional(readOnly = true)
    public List<GroupListItem> moveTargets(long threadId) {
        var user = CurrentUser.require();
        var readable = access.readable(threadId, user);
        if (!(readable.place() instanceof GroupPlace(var source))
                || !policy.mayModerate(user, readable.leads(), readable.thread().getAuthorId())) {
            return List.of();
        }
        return groups.list().stream()
                .filter(g -> g.id() != source.id() && !g.archived() && policy.mayMove(user, source.iLead(), g.iLead()))
                .toList();
    }
}
