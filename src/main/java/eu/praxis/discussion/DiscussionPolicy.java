package eu.praxis.discussion;

import eu.praxis.content.Moderation;
import eu.praxis.content.ModerationAction;
import eu.praxis.group.GroupListItem;
import eu.praxis.member.PersonStatus;
import eu.praxis.member.PersonSummary;
import eu.praxis.practice.PracticeDetails;
import eu.praxis.practice.PracticeStatus;
import eu.praxis.security.Role;
import eu.praxis.security.Viewer;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Who may read, start, reply to and edit discussions. The group comes as the {@link GroupListItem}
 * the group service gives the viewer (with the viewer's own membership), so these rules need no
 * database. A practice's discussion is read by whoever may see the practice (the practice service
 * decides); its posting rules are below.
 *
 * <p>Moderation: the secretariat moderates everywhere, a group's leads its threads and replies, and the
 * leads of a group a practice is shared in the replies of its discussion ("leads the place"). Nobody
 * moderates their own content (they edit it as its author). Hidden content is seen by its author,
 * the moderators of its place and admins; deleted content by admins only, who alone restore it.
 */
@Component
public class DiscussionPolicy {

    /** The secretariat reads all; researchers the groups opened to them; members the groups they are active in. */
    public boolean maySee(Viewer user, GroupListItem group) {
        return maySee(user.role(), group.iAmMember(), group.visibleToResearchers());
    }

    /** {@link #maySee(Viewer, GroupListItem)} from the group's flag and the viewer's membership (audiences). */
    public boolean maySee(Viewer user, boolean activeMember, boolean visibleToResearchers) {
        return maySee(user.role(), activeMember, visibleToResearchers);
    }

    /** Whether someone else (e.g. a mentioned person) can read the group's threads. */
    public boolean maySee(PersonSummary person, boolean activeMember, GroupListItem group) {
        return person.status() == PersonStatus.ACTIVE
                && maySee(person.role(), activeMember, group.visibleToResearchers());
    }

    /** Active members (leads included) of a group that is not archived; researchers never post. */
    public boolean mayPost(Viewer user, GroupListItem group) {
        return !user.isResearcher() && group.iAmMember() && !group.archived();
    }

    /** Not in a locked thread, nor in one that is hidden or deleted. */
    public boolean mayReply(Viewer user, GroupListItem group, DiscussionThread thread) {
        return mayPost(user, group)
                && !thread.isLocked()
                && thread.getModeration().isPublic();
    }

    /**
     * A published practice's discussion: members active in one of its sharing groups, any member when
     * it is shared with the whole network, and the secretariat; researchers never post.
     *
     * @param activeInASharingGroup whether the viewer is an active member of a group the practice is shared in
     */
    public boolean mayPost(Viewer user, PracticeDetails practice, boolean activeInASharingGroup) {
        return !user.isResearcher()
                && practice.status() == PracticeStatus.PUBLISHED
                && (user.isAdmin() || practice.wholeNetwork() || activeInASharingGroup);
    }

    public boolean mayReply(
            Viewer user, PracticeDetails practice, boolean activeInASharingGroup, DiscussionThread thread) {
        return mayPost(user, practice, activeInASharingGroup) && !thread.isLocked();
    }

    /**
     * Whether someone else (a mentioned person) can read a practice's discussion. An approximation of
     * the practice's own rule: every active person for a whole-network practice, otherwise whoever reads
     * one of its sharing groups; the author's organisation and editors of a draft are not considered.
     *
     * @param readsASharingGroup whether {@link #maySee(PersonSummary, boolean, GroupListItem)} holds for one
     *        of the practice's groups
     */
    public boolean maySeePractice(PersonSummary person, PracticeDetails practice, boolean readsASharingGroup) {
        return person.status() == PersonStatus.ACTIVE && (practice.wholeNetwork() || readsASharingGroup);
    }

    /** Only the author edits a post (the service has checked that they can still read it). */
    public boolean mayEdit(Viewer user, long authorId) {
        return user.personId() == authorId;
    }

    /** The moderators of a place: the secretariat, and leads of the group (or of a practice's sharing group). */
    public boolean moderates(Viewer user, boolean leadsThePlace) {
        return user.isAdmin() || (leadsThePlace && !user.isResearcher());
    }

    /** Hide, edit with a reason, move, delete: the place's moderators, on content of others. */
    public boolean mayModerate(Viewer user, boolean leadsThePlace, long authorId) {
        return moderates(user, leadsThePlace) && user.personId() != authorId;
    }

    /**
     * Pin and lock a thread: the place's moderators, their own threads included (a lead's announcement);
     * unlike hiding or editing, this changes where the thread stands, not what anyone wrote.
     */
    public boolean mayPinAndLock(Viewer user, boolean leadsThePlace) {
        return moderates(user, leadsThePlace);
    }

    /** Moving a thread: the secretariat anywhere, a lead between two groups they both lead. */
    public boolean mayMove(Viewer user, boolean leadsSource, boolean leadsTarget) {
        return user.isAdmin() || (leadsSource && leadsTarget && !user.isResearcher());
    }

    /**
     * What the viewer may do to a group's thread: pin and lock it (also their own, {@link #mayPinAndLock}), and what
     * {@link #postActions} allows on its first post.
     */
    public Set<ModerationAction> threadActions(
            Viewer user, boolean leadsThePlace, long authorId, boolean pinned, boolean locked, Moderation moderation) {
        var actions = postActions(user, leadsThePlace, authorId, moderation);
        if (mayPinAndLock(user, leadsThePlace)) {
            actions.add(pinned ? ModerationAction.UNPIN : ModerationAction.PIN);
            actions.add(locked ? ModerationAction.UNLOCK : ModerationAction.LOCK);
        }
        return actions;
    }

    /**
     * What the viewer may do to a post of someone else as a moderator of its place ({@link #mayModerate}): hide or
     * restore it, delete it, and bring it back once deleted if they are the secretariat ({@link #mayUndelete}).
     */
    public Set<ModerationAction> postActions(Viewer user, boolean leadsThePlace, long authorId, Moderation moderation) {
        var actions = EnumSet.noneOf(ModerationAction.class);
        if (!mayModerate(user, leadsThePlace, authorId)) {
            return actions;
        }
        actions.add(moderation.isHidden() ? ModerationAction.RESTORE : ModerationAction.HIDE);
        if (!moderation.isDeleted()) {
            actions.add(ModerationAction.DELETE);
        } else if (mayUndelete(user)) {
            actions.add(ModerationAction.UNDELETE);
        }
        return actions;
    }

    /** Deleted content is seen (marked) by the secretariat only. */
    public boolean seesDeleted(Viewer user) {
        return user.isAdmin();
    }

    /** Deleted content comes back only through the secretariat. */
    public boolean mayUndelete(Viewer user) {
        return user.isAdmin();
    }

    /**
     * Whether a thread or reply the viewer may otherwise read is shown to them: everyone sees public
     * content; hidden content its author and the place's moderators; deleted content admins only.
     */
    public boolean maySeeContent(Viewer user, boolean leadsThePlace, long authorId, Moderation moderation) {
        if (moderation.isDeleted()) {
            return seesDeleted(user);
        }
        return !moderation.isHidden() || user.personId() == authorId || moderates(user, leadsThePlace);
    }

    private static boolean maySee(Role role, boolean activeMember, boolean visibleToResearchers) {
        return switch (role) {
            case ADMIN -> true;
            case RESEARCHER -> visibleToResearchers;
            case MEMBER -> activeMember;
        };
    }
}
