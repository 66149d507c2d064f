package eu.praxis.project;

import eu.praxis.group.GroupAccess;
import eu.praxis.group.GroupAdministration;
import eu.praxis.group.GroupDirectory;
import eu.praxis.group.GroupMembership;
import eu.praxis.group.JoinPolicy;
import eu.praxis.group.NewGroup;
import eu.praxis.member.MemberService;
import eu.praxis.security.Role;
import java.util.Collection;
import java.util.HashSet;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The team of a project discusses it in an invite-only working group of its own, so that discussions, moderation and
 * notifications work as in any group (DD027): the group is made with the project, and the active people of its partner
 * organisations become members, also of a partner added later. Researchers read groups but are never members; people
 * who join a partner organisation later, and anyone else, are added by the secretariat or the group's leads.
 */
@Component
class ProjectTeams {

    private final GroupAdministration administration;
    private final GroupDirectory groups;
    private final GroupMembership membership;
    private final GroupAccess access;
    private final MemberService members;

    ProjectTeams(
            GroupAdministration administration,
            GroupDirectory groups,
            GroupMembership membership,
            GroupAccess access,
            MemberService members) {
        this.administration = administration;
        this.groups = groups;
        this.membership = membership;
        this.access = access;
        this.members = members;
    }

    /** @return the new group's id */
    long create(String acronym, String title) {
        var slug = administration.create(new NewGroup(
                acronym + " project team",
                "The partners of " + acronym + " (" + title + ") discuss the project here.",
                JoinPolicy.INVITE_ONLY,
                false));
        return groups.get(slug).id();
    }

    /** Makes the active people of the organisations members of the team's group, those not yet in it. */
    void enrol(long groupId, Collection<Long> organisationIds) {
        var already = new HashSet<>(access.activeMemberIds(groupId));
        var people = organisationIds.stream()
                .flatMap(id -> members.activePeopleOf(id).stream())
                .filter(id -> !already.contains(id))
                .collect(Collectors.toSet());
        members.summaries(people).values().stream()
                .filter(person -> person.role() != Role.RESEARCHER)
                .forEach(person -> membership.addMember(groupId, person.id()));
    }
}
