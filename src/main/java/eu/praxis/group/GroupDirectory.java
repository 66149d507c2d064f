package eu.praxis.group;

import eu.praxis.base.NotFoundException;
import eu.praxis.member.MemberService;
import eu.praxis.member.PersonStatus;
import eu.praxis.member.PersonSummary;
import eu.praxis.security.CurrentUser;
import eu.praxis.security.PraxisUser;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading working groups: the list, one group's page with its members, the home page's newest members, and
 * groups as other features show them (by id, by name, an organisation's groups). What the viewer may see and do
 * is asked of {@link GroupPolicy}.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class GroupDirectory {

    private final WorkingGroupRepository groups;
    private final MembershipRepository memberships;
    private final MemberService members;
    private final GroupPolicy policy;
    private final GroupChecks checks;
    private final RequestMemberships myMemberships;

    GroupDirectory(
            WorkingGroupRepository groups,
            MembershipRepository memberships,
            MemberService members,
            GroupPolicy policy,
            GroupChecks checks,
            RequestMemberships myMemberships) {
        this.groups = groups;
        this.memberships = memberships;
        this.members = members;
        this.policy = policy;
        this.checks = checks;
        this.myMemberships = myMemberships;
    }

    /** All groups the viewer may see, by name, with member counts and the viewer's membership. */
    public List<GroupListItem> list() {
        return list(CurrentUser.require());
    }

    public List<GroupListItem> myGroups() {
        return list(CurrentUser.require()).stream()
                .filter(GroupListItem::iAmMember)
                .toList();
    }

    public GroupDetails get(String slug) {
        var user = CurrentUser.require();
        var group = checks.visible(groups.findBySlug(slug).orElseThrow(NotFoundException::new), user);
        var all = memberships.findByGroupId(group.getId());
        var mine = all.stream()
                .filter(m -> m.getPersonId() == user.personId())
                .findFirst()
                .orElse(null);
        var people = members.summaries(all.stream().map(Membership::getPersonId).toList());
        var mayManage = policy.mayManageMembers(user, mine);
        List<PersonSummary> leads = new ArrayList<>();
        List<PersonSummary> active = new ArrayList<>();
        List<PersonSummary> pending = new ArrayList<>();
        for (var m : all) {
            var person = people.get(m.getPersonId());
            if (person == null || person.status() != PersonStatus.ACTIVE) {
                continue;
            }
            if (m.isLead()) {
                leads.add(person);
            } else if (m.isActive()) {
                active.add(person);
            } else if (mayManage) {
                pending.add(person);
            }
        }
        var byName = Comparator.comparing(PersonSummary::name, String.CASE_INSENSITIVE_ORDER);
        leads.sort(byName);
        active.sort(byName);
        pending.sort(byName);
        return new GroupDetails(
                group.getId(),
                group.getSlug(),
                group.getName(),
                group.getDescription(),
                group.getJoinPolicy(),
                group.isVisibleToResearchers(),
                group.isArchived(),
                group.isReviewsPublications(),
                leads,
                active,
                pending,
                mine == null ? null : mine.getStatus(),
                policy.mayJoin(user, group, mine),
                policy.mayLeave(mine),
                mayManage && !group.isArchived(),
                policy.mayAdminister(user));
    }

    /** People who most recently became members of the viewer's groups (not the viewer). */
    public List<NewestMember> newestMembersOfMyGroups(int limit) {
        var user = CurrentUser.require();
        var myGroups = myMemberships.of(user.personId()).stream()
                .filter(Membership::isActive)
                .map(Membership::getGroupId)
                .toList();
        if (myGroups.isEmpty()) {
            return List.of();
        }
        // Over-fetch a little: the same person may be new in two of my groups, and disabled people are skipped.
        var newest = memberships.findNewestActive(myGroups, user.personId(), Limit.of(limit * 3));
        var people =
                members.summaries(newest.stream().map(Membership::getPersonId).toList());
        var groupsById = groups.findAllById(myGroups).stream()
                .collect(Collectors.toMap(WorkingGroup::getId, Function.identity()));
        var seen = new HashSet<Long>();
        return newest.stream()
                .filter(m -> people.containsKey(m.getPersonId())
                        && people.get(m.getPersonId()).status() == PersonStatus.ACTIVE)
                .filter(m -> seen.add(m.getPersonId()))
                .limit(limit)
                .map(m -> new NewestMember(
                        people.get(m.getPersonId()),
                        groupsById.get(m.getGroupId()).getName(),
                        groupsById.get(m.getGroupId()).getSlug(),
                        m.getSince()))
                .toList();
    }

    /** Groups in which any of the given people is an active member, e.g. for an organisation's page. */
    public List<GroupListItem> groupsOfPeople(List<Long> personIds) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        var user = CurrentUser.require();
        var groupIds = memberships.findByPersonIdIn(personIds).stream()
                .filter(Membership::isActive)
                .map(Membership::getGroupId)
                .collect(Collectors.toSet());
        return list(user).stream().filter(g -> groupIds.contains(g.id())).toList();
    }

    /**
     * One group as lists show it, with the viewer's membership; empty if it does not exist or the viewer may not
     * see it. For features that hang content on a group (discussions) and decide with their own policy.
     */
    public Optional<GroupListItem> find(long groupId) {
        var user = CurrentUser.require();
        return groups.findById(groupId).filter(g -> policy.maySee(user, g)).map(g -> {
            var all = memberships.findByGroupId(groupId);
            var mine = all.stream()
                    .filter(m -> m.getPersonId() == user.personId())
                    .findFirst()
                    .orElse(null);
            return toListItem(g, mine, all.stream().filter(Membership::isActive).count(), user);
        });
    }

    /** Names of the given groups that the viewer may see, by id; for features that refer to groups by id. */
    public Map<Long, String> groupNames(Collection<Long> groupIds) {
        if (groupIds.isEmpty()) {
            return Map.of();
        }
        var user = CurrentUser.require();
        return groups.findAllById(groupIds).stream()
                .filter(g -> policy.maySee(user, g))
                .collect(Collectors.toMap(WorkingGroup::getId, WorkingGroup::getName));
    }

    private List<GroupListItem> list(PraxisUser user) {
        var mine = myMemberships.of(user.personId()).stream()
                .collect(Collectors.toMap(Membership::getGroupId, Function.identity()));
        Map<Long, Long> counts = new HashMap<>();
        for (var row : memberships.countActiveByGroup()) {
            counts.put((Long) row[0], (Long) row[1]);
        }
        return groups.findAllByOrderByName().stream()
                .filter(g -> policy.maySee(user, g))
                .map(g -> toListItem(g, mine.get(g.getId()), counts.getOrDefault(g.getId(), 0L), user))
                .toList();
    }

    private GroupListItem toListItem(WorkingGroup g, @Nullable Membership mine, long memberCount, PraxisUser user) {
        return new GroupListItem(
                g.getId(),
                g.getSlug(),
                g.getName(),
                g.getDescription(),
                g.getJoinPolicy(),
                g.isVisibleToResearchers(),
                g.isArchived(),
                memberCount,
                mine == null ? null : mine.getStatus(),
                mine != null && mine.isLead(),
                policy.mayJoin(user, g, mine));
    }
}
