package eu.praxis.group;

import eu.praxis.base.NotFoundException;
import eu.praxis.base.UserFacingException;
import eu.praxis.member.MemberService;
import eu.praxis.member.PersonStatus;
import eu.praxis.security.PraxisUser;
import eu.praxis.security.Role;
import java.util.List;
import org.springframework.stereotype.Component;

/** The checks that reading, membership and administration share: seeing a group, and who may take part in one. */
@Component
class GroupChecks {

    private final WorkingGroupRepository groups;
    private final MemberService members;
    private final GroupPolicy policy;

    GroupChecks(WorkingGroupRepository groups, MemberService members, GroupPolicy policy) {
        this.groups = groups;
        this.members = members;
        this.policy = policy;
    }

    /** The group, if the viewer may see it; "not found" otherwise, so that a hidden group is not revealed. */
    WorkingGroup visible(long groupId, PraxisUser user) {
        return visible(groups.findById(groupId).orElseThrow(NotFoundException::new), user);
    }

    WorkingGroup visible(WorkingGroup group, PraxisUser user) {
        if (!policy.maySee(user, group)) {
            throw new NotFoundException();
        }
        return group;
    }

    /** Only active people become members or leads; researchers read, they never take part in groups. */
    void requireParticipant(long personId) {
        var person = members.summaries(List.of(personId)).get(personId);
        if (person == null || person.status() != PersonStatus.ACTIVE) {
            throw new UserFacingException("group.error.person-not-active");
        }
        if (person.role() == Role.RESEARCHER) {
            throw new UserFacingException("group.error.researcher-member");
        }
    }
}
