package eu.praxis.group;

import eu.praxis.security.Viewer;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Who may see, join and run a working group. Leading is per group: it comes from the viewer's
 * membership in that group, never from a global role.
 */
@Component
public class GroupPolicy {

    /** Researchers see only groups opened to them; everyone else sees every group (its existence, not yet its content). */
    public boolean maySee(Viewer user, WorkingGroup group) {
        return !user.isResearcher() || group.isVisibleToResearchers();
    }

    /** Joining directly (open groups) or asking to (on request); researchers never join discussions. */
    public boolean mayJoin(Viewer user, WorkingGroup group, @Nullable Membership mine) {
        return mine == null
                && !user.isResearcher()
                && !group.isArchived()
                && group.getJoinPolicy() != JoinPolicy.INVITE_ONLY;
    }

    public boolean mayLeave(@Nullable Membership mine) {
        return mine != null;
    }

    /** Admit, decline and remove members: the group's leads and the secretariat. */
    public boolean mayManageMembers(Viewer user, @Nullable Membership mine) {
        return user.isAdmin() || (mine != null && mine.isLead());
    }

    /**
     * Opening a group to researchers exposes everything its members wrote under the promise of a closed
     * group, so it is the secretariat's decision (which accredits researchers), not a lead's (DD014).
     */
    public boolean mayChangeResearcherVisibility(Viewer user) {
        return user.isAdmin();
    }

    /**
     * Whether publications in the group wait for a lead's review (DD031): the group's leads decide, as they are the
     * ones who review, and the secretariat.
     */
    public boolean mayChangePublicationReview(Viewer user, @Nullable Membership mine) {
        return mayManageMembers(user, mine);
    }

    /** Create and archive groups, appoint and remove leads: the secretariat. */
    public boolean mayAdminister(Viewer user) {
        return user.isAdmin();
    }
}
