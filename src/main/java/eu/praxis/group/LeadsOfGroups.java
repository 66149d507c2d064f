package eu.praxis.group;

import eu.praxis.security.GroupLeads;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells sign-in who leads a working group, for the two-factor requirement of leads (DD024). */
@Component
class LeadsOfGroups implements GroupLeads {

    private final MembershipRepository memberships;

    LeadsOfGroups(MembershipRepository memberships) {
        this.memberships = memberships;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean leadsAGroup(long personId) {
        return memberships.existsByPersonIdAndRoleAndStatus(personId, MembershipRole.LEAD, MembershipStatus.ACTIVE);
    }
}
