package eu.praxis.group;

import eu.praxis.security.CurrentUser;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is in which group, as other features' permission rules need it: the groups whose content the viewer reads
 * and those they lead, and whether a person is a member or lead of a group.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class GroupAccess {

    private final WorkingGroupRepository groups;
    private final MembershipRepository memberships;
    private final RequestMemberships myMemberships;

    GroupAccess(WorkingGroupRepository groups, MembershipRepository memberships, RequestMemberships myMemberships) {
        this.groups = groups;
        this.memberships = memberships;
        this.myMemberships = myMemberships;
    }

    /** Whether the person is an active member of the group; for features that let only members post. */
    public boolean isActiveMember(long groupId, long personId) {
        return memberships
                .findByGroupIdAndPersonId(groupId, personId)
                .map(Membership::isActive)
                .orElse(false);
    }

    /** Ids of the group's active members, leads included; e.g. to tell which mentioned people can read a thread. */
    public Set<Long> activeMemberIds(long groupId) {
        return memberships.findByGroupId(groupId).stream()
                .filter(Membership::isActive)
                .map(Membership::getPersonId)
                .collect(Collectors.toSet());
    }

    /** Whether the person leads the group. */
    public boolean isLead(long groupId, long personId) {
        return memberships
                .findByGroupIdAndPersonId(groupId, personId)
                .map(Membership::isLead)
                .orElse(false);
    }

    /**
     * Ids of the groups whose content (practices, threads) the viewer may read: every group for the
     * secretariat, the groups opened to researchers for researchers, and for members the groups they
     * are an active member of. Content features filter their queries with it.
     */
    public Set<Long> groupIdsWhoseContentICanSee() {
        return myGroupIds().readable();
    }

    /** Ids of the groups the viewer actively leads. */
    public Set<Long> groupIdsILead() {
        return myGroupIds().led();
    }

    /** Both of the above with one look-up of the viewer's memberships (every search asks for both). */
    public MyGroupIds myGroupIds() {
        var user = CurrentUser.require();
        return MyGroupIds.of(
                user, myMemberships.of(user.personId()), groups::findAllIds, groups::findIdsVisibleToResearchers);
    }
}
