package eu.praxis.group;

import eu.praxis.security.Viewer;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who of many people may see a group, and what other features' audiences (who may see a thread) need to know
 * of a group for many people at once: its flags and which of the people are its active members. From ids only,
 * without a logged-in person, in a query or two whatever the number of people; for background work.
 */
@Component
public class GroupAudience {

    /** A group's flags and the active members among the people asked about, each with whether they lead it. */
    public record Members(boolean visibleToResearchers, boolean archived, Map<Long, Boolean> activeLeads) {

        public boolean isActiveMember(long personId) {
            return activeLeads.containsKey(personId);
        }

        public boolean leads(long personId) {
            return activeLeads.getOrDefault(personId, false);
        }
    }

    /** A group as notifications name it, with its active leads. */
    public record Group(long id, String slug, String name, List<Long> leadIds) {}

    private final WorkingGroupRepository groups;
    private final MembershipRepository memberships;
    private final GroupPolicy policy;

    GroupAudience(WorkingGroupRepository groups, MembershipRepository memberships, GroupPolicy policy) {
        this.groups = groups;
        this.memberships = memberships;
        this.policy = policy;
    }

    /** The group and its active leads, archived or not; empty if there is no such group. */
    @Transactional(readOnly = true)
    public Optional<Group> group(long groupId) {
        return groups.findById(groupId)
                .map(g -> new Group(
                        groupId,
                        g.getSlug(),
                        g.getName(),
                        memberships.findByGroupId(groupId).stream()
                                .filter(m -> m.isActive() && m.isLead())
                                .map(Membership::getPersonId)
                                .toList()));
    }

    /**
     * For each of the people, which of the given groups they may read the content of and which they lead, by the
     * same rule as {@link GroupAccess#myGroupIds} for the logged-in person ({@link MyGroupIds#of}): two queries.
     */
    @Transactional(readOnly = true)
    public Map<Long, MyGroupIds> groupIdsOf(Collection<? extends Viewer> people, Collection<Long> groupIds) {
        if (people.isEmpty() || groupIds.isEmpty()) {
            return people.stream()
                    .collect(Collectors.toMap(Viewer::personId, p -> new MyGroupIds(Set.of(), Set.of()), (a, b) -> a));
        }
        var openToResearchers = groups.findAllById(groupIds).stream()
                .filter(WorkingGroup::isVisibleToResearchers)
                .map(g -> Objects.requireNonNull(g.getId()))
                .collect(Collectors.toSet());
        var byPerson =
                memberships
                        .findByGroupIdInAndPersonIdIn(
                                groupIds, people.stream().map(Viewer::personId).toList())
                        .stream()
                        .collect(Collectors.groupingBy(Membership::getPersonId));
        return people.stream()
                .collect(Collectors.toMap(
                        Viewer::personId,
                        p -> MyGroupIds.of(
                                p,
                                byPerson.getOrDefault(p.personId(), List.of()),
                                () -> Set.copyOf(groupIds),
                                () -> openToResearchers),
                        (a, b) -> a));
    }

    /** Those of the groups whose publications wait for a lead's review (DD031); one query, none for no groups. */
    @Transactional(readOnly = true)
    public Set<Long> reviewingPublications(Collection<Long> groupIds) {
        return groupIds.isEmpty() ? Set.of() : groups.findIdsReviewingPublications(groupIds);
    }

    /** Ids of the group's active members, leads included (e.g. to tell them of a practice shared there). */
    @Transactional(readOnly = true)
    public Set<Long> activeMemberIds(long groupId) {
        return memberships.findByGroupId(groupId).stream()
                .filter(Membership::isActive)
                .map(Membership::getPersonId)
                .collect(Collectors.toSet());
    }

    /** The ids of the people who may see the group's page ({@link GroupPolicy#maySee}); none for an unknown id. */
    @Transactional(readOnly = true)
    public Set<Long> whoMaySee(long groupId, Collection<? extends Viewer> people) {
        return groups.findById(groupId)
                .map(g -> people.stream()
                        .filter(p -> policy.maySee(p, g))
                        .map(Viewer::personId)
                        .collect(Collectors.toSet()))
                .orElse(Set.of());
    }

    /** Empty if there is no such group. */
    @Transactional(readOnly = true)
    public Optional<Members> membersAmong(long groupId, Collection<Long> personIds) {
        return groups.findById(groupId)
                .map(group -> new Members(
                        group.isVisibleToResearchers(),
                        group.isArchived(),
                        personIds.isEmpty()
                                ? Map.of()
                                : memberships
                                        .findByGroupIdAndStatusAndPersonIdIn(
                                                groupId, MembershipStatus.ACTIVE, personIds)
                                        .stream()
                                        .collect(Collectors.toMap(
                                                Membership::getPersonId, m -> m.getRole() == MembershipRole.LEAD))));
    }
}
