package eu.praxis.discussion;

import eu.praxis.group.GroupListItem;
import eu.praxis.member.PersonStatus;
import eu.praxis.member.PersonSummary;
import eu.praxis.security.PraxisUser;
import eu.praxis.security.Role;
import org.springframework.stereotype.Component;

/**
 * Who may read, start, reply to and edit discussions. The group comes as the {@link GroupListItem}
 * the group service gives the viewer (with the viewer's own membership), so these rules need no
 * database. Hidden threads (seen by author, leads and admins) and moderators' edits come later.
 */
@Component
public class DiscussionPolicy {

    /** The secretariat reads all; researchers the groups opened to them; members the groups they are active in. */
    public boolean maySee(PraxisUser user, GroupListItem group) {
        return maySee(user.role(), group.iAmMember(), group);
    }

    /** Whether someone else (e.g. a mentioned person) can read the group's threads. */
    public boolean maySee(PersonSummary person, boolean activeMember, GroupListItem group) {
        return person.status() == PersonStatus.ACTIVE && maySee(person.role(), activeMember, group);
    }

    /** Active members (leads included) of a group that is not archived; researchers never post. */
    public boolean mayPost(PraxisUser user, GroupListItem group) {
        return !user.isResearcher() && group.iAmMember() && !group.archived();
    }

    public boolean mayReply(PraxisUser user, GroupListItem group, DiscussionThread thread) {
        return mayPost(user, group) && !thread.isLocked();
    }

    /** Only the author edits a post (the service has checked that they can still read it). */
    public boolean mayEdit(PraxisUser user, long authorId) {
        return user.personId() == authorId;
    }

    private static boolean maySee(Role role, boolean activeMember, GroupListItem group) {
        return switch (role) {
            case ADMIN -> true;
            case RESEARCHER -> group.visibleToResearchers();
            case MEMBER -> activeMember;
        };
    }
}
