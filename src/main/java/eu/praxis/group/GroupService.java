package eu.praxis.group;

import eu.praxis.base.AuditedAction;
import eu.praxis.content.Moderation;
import eu.praxis.base.NotFoundException;
import eu.praxis.base.Slugs;
import eu.praxis.base.UserFacingException;
import eu.praxis.member.MemberService;
import eu.praxis.member.PersonStatus;
import eu.praxis.member.PersonSummary;
import eu.praxis.security.CurrentUser;
import eu.praxis.security.PraxisUser;
import eu.praxis.security.Role;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Working groups and memberships. Every rule that depends on the group is asked of {@link GroupPolicy}.
 * Every change to who is in a group, who leads it and what it is publishes an {@link AuditedAction}
 * in the same transaction ({@code member.admit}, {@code member.decline}, {@code member.add},
 * {@code member.remove}, {@code lead.appoint}, {@code lead.remove}, {@code group.archive},
 * {@code group.unarchive}, {@code group.researcher-visibility}).
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class GroupService {

    private final WorkingGroupRepository groups;
    private final MembershipRepository memberships;
    private final MemberService members;
    private final GroupPolicy policy;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    GroupService(WorkingGroupRepository groups, MembershipRepository memberships, MemberService members,
            GroupPolicy policy, ApplicationEventPublisher events, Clock clock) {
        this.groups = groups;
        this.memberships = memberships;
        this.members = members;
        this.policy = policy;
        this.events = events;
        this.clock = clock;
    }

    /** All groups the viewer may see, by name, with member counts and the viewer's membership. */
    public List<GroupListItem> list() {
        var user = CurrentUser.require();
        var mine = memberships.findByPersonId(user.personId()).stream()
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

    public List<GroupListItem> myGroups() {
        return list().stream().filter(GroupListItem::iAmMember).toList();
    }

    public List<GroupListItem> groupsICanJoin() {
        return list().stream().filter(GroupListItem::mayJoin).toList();
    }

    public GroupDetails get(String slug) {
        var user = CurrentUser.require();
        var group = visibleGroup(groups.findBySlug(slug).orElseThrow(NotFoundException::new), user);
        var all = memberships.findByGroupId(group.getId());
        var mine = all.stream().filter(m -> m.getPersonId() == user.personId()).findFirst().orElse(null);
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
        return new GroupDetails(group.getId(), group.getSlug(), group.getName(), group.getDescription(),
                group.getJoinPolicy(), group.isVisibleToResearchers(), group.isArchived(), leads, active, pending,
                mine == null ? null : mine.getStatus(), policy.mayJoin(user, group, mine), policy.mayLeave(mine),
                mayManage && !group.isArchived(), policy.mayAdminister(user));
    }

    /**
     * Joins an open group, or asks to join one that admits on request.
     *
     * @return the resulting membership status
     */
    @Transactional
    public MembershipStatus join(long groupId) {
        var user = CurrentUser.require();
        var group = visibleGroup(groups.findById(groupId).orElseThrow(NotFoundException::new), user);
        var mine = memberships.findByGroupIdAndPersonId(groupId, user.personId()).orElse(null);
        if (!policy.mayJoin(user, group, mine)) {
            throw new UserFacingException(mine != null ? "group.error.already-member"
                    : group.getJoinPolicy() == JoinPolicy.INVITE_ONLY ? "group.error.invite-only"
                    : "group.error.may-not-join");
        }
        var now = clock.instant();
        if (group.getJoinPolicy() == JoinPolicy.OPEN) {
            memberships.save(Membership.active(groupId, user.personId(), now));
            events.publishEvent(new GroupJoined(groupId, user.personId(), false));
            return MembershipStatus.ACTIVE;
        }
        memberships.save(new Membership(groupId, user.personId(), now));
        events.publishEvent(new JoinRequested(groupId, user.personId()));
        return MembershipStatus.PENDING;
    }

    /** Leaves a group, or withdraws a request to join. */
    @Transactional
    public void leave(long groupId) {
        var user = CurrentUser.require();
        var mine = memberships.findByGroupIdAndPersonId(groupId, user.personId())
                .orElseThrow(() -> new UserFacingException("group.error.not-member"));
        memberships.delete(mine);
    }

    /** Admits a pending request (leads of the group, secretariat). */
    @Transactional
    public void admit(long groupId, long personId) {
        var group = managedGroup(groupId);
        var request = memberships.findByGroupIdAndPersonId(group.getId(), personId)
                .orElseThrow(() -> new UserFacingException("group.error.no-request"));
        request.admit(clock.instant());
        events.publishEvent(new GroupJoined(groupId, personId, true));
        audit("member", "admit", "person", personId, groupId, null);
    }

    /**
     * Declines a pending request (leads of the group, secretariat). The person is told by mail, in their
     * language, with the message if one is given ({@link JoinRequestDeclined}).
     *
     * @param message to the person, at most {@link Moderation#REASON_MAX} characters; blank for none
     */
    @Transactional
    public void decline(long groupId, long personId, @Nullable String message) {
        var group = managedGroup(groupId);
        var request = memberships.findByGroupIdAndPersonId(group.getId(), personId)
                .filter(m -> !m.isActive())
                .orElseThrow(() -> new UserFacingException("group.error.no-request"));
        var text = Moderation.reason(message, false);
        memberships.delete(request);
        events.publishEvent(new JoinRequestDeclined(groupId, personId, text));
        audit("member", "decline", "person", personId, groupId, text);
    }

    /**
     * Removes an active member (leads of the group, secretariat). Taking a lead out of a group is the
     * secretariat's, as appointing one is; the last lead stays, so that the group is never left unled.
     */
    @Transactional
    public void removeMember(long groupId, long personId) {
        var group = managedGroup(groupId);
        var membership = memberships.findByGroupIdAndPersonId(group.getId(), personId).filter(Membership::isActive)
                .orElseThrow(() -> new UserFacingException("group.error.not-member-of-group"));
        if (membership.isLead()) {
            if (!policy.mayAdminister(CurrentUser.require())) {
                throw new AccessDeniedException("Only the secretariat removes a lead from group " + groupId);
            }
            if (memberships.findByGroupId(groupId).stream().filter(Membership::isLead).count() <= 1) {
                throw new UserFacingException("group.error.last-lead");
            }
        }
        memberships.delete(membership);
        audit("member", "remove", "person", personId, groupId, null);
    }

    /** Opens a group's content to researchers, or closes it again; see {@link GroupPolicy#mayChangeResearcherVisibility}. */
    @Transactional
    public void setVisibleToResearchers(long groupId, boolean visible) {
        var user = CurrentUser.require();
        var group = groups.findById(groupId).orElseThrow(NotFoundException::new);
        if (!policy.mayChangeResearcherVisibility(user)) {
            throw new AccessDeniedException("May not change who reads group " + groupId);
        }
        if (group.isVisibleToResearchers() != visible) {
            group.setVisibleToResearchers(visible);
            audit("group", "researcher-visibility", "group", groupId, groupId, visible ? "visible" : "hidden");
        }
    }

    /**
     * Adds a person directly as an active member (leads of the group, secretariat): the way into
     * invite-only groups. A pending request is admitted.
     */
    @Transactional
    public void addMember(long groupId, long personId) {
        var group = managedGroup(groupId);
        requireActiveNonResearcher(personId);
        var now = clock.instant();
        var existing = memberships.findByGroupIdAndPersonId(group.getId(), personId);
        if (existing.isPresent()) {
            existing.get().admit(now);
        } else {
            memberships.save(Membership.active(groupId, personId, now));
        }
        // an existing membership can only be a pending request: admit refuses an active one
        events.publishEvent(new GroupJoined(groupId, personId, existing.isPresent()));
        audit("member", "add", "person", personId, groupId, null);
    }

    @Transactional
    @PreAuthorize("hasRole('" + Role.ADMIN_NAME + "')")
    public String create(NewGroup newGroup) {
        var name = newGroup.name().trim();
        if (name.isEmpty() || name.length() > WorkingGroup.NAME_MAX) {
            throw new UserFacingException("group.error.name", WorkingGroup.NAME_MAX);
        }
        var description = newGroup.description().trim();
        if (description.length() > WorkingGroup.DESCRIPTION_MAX) {
            throw new UserFacingException("group.error.description", WorkingGroup.DESCRIPTION_MAX);
        }
        var slug = slugOf(name);
        if (slug.isEmpty()) {
            throw new UserFacingException("group.error.name", WorkingGroup.NAME_MAX);
        }
        if (groups.existsBySlug(slug)) {
            throw new UserFacingException("group.error.name-taken", name);
        }
        groups.save(new WorkingGroup(slug, name, description, newGroup.joinPolicy(), newGroup.visibleToResearchers(),
                clock.instant()));
        return slug;
    }

    @Transactional
    @PreAuthorize("hasRole('" + Role.ADMIN_NAME + "')")
    public void archive(long groupId) {
        groups.findById(groupId).orElseThrow(NotFoundException::new).archive();
        audit("group", "archive", "group", groupId, groupId, null);
    }

    @Transactional
    @PreAuthorize("hasRole('" + Role.ADMIN_NAME + "')")
    public void unarchive(long groupId) {
        groups.findById(groupId).orElseThrow(NotFoundException::new).unarchive();
        audit("group", "unarchive", "group", groupId, groupId, null);
    }

    /** Makes a person lead of a group, adding them as a member if needed. */
    @Transactional
    @PreAuthorize("hasRole('" + Role.ADMIN_NAME + "')")
    public void appointLead(long groupId, long personId) {
        var group = groups.findById(groupId).orElseThrow(NotFoundException::new);
        requireActiveNonResearcher(personId);
        var now = clock.instant();
        var membership = memberships.findByGroupIdAndPersonId(group.getId(), personId).orElse(null);
        if (membership == null) {
            membership = memberships.save(Membership.active(groupId, personId, now));
            events.publishEvent(new GroupJoined(groupId, personId, false));
        } else if (membership.isLead()) {
            throw new UserFacingException("group.error.already-lead");
        }
        membership.makeLead(now);
        audit("lead", "appoint", "person", personId, groupId, null);
    }

    /** Takes the lead role away; the person stays a member. */
    @Transactional
    @PreAuthorize("hasRole('" + Role.ADMIN_NAME + "')")
    public void removeLead(long groupId, long personId) {
        var membership = memberships.findByGroupIdAndPersonId(groupId, personId).filter(Membership::isLead)
                .orElseThrow(() -> new UserFacingException("group.error.not-lead"));
        membership.makeMember();
        audit("lead", "remove", "person", personId, groupId, null);
    }

    /** People who most recently became members of the viewer's groups (not the viewer). */
    public List<NewestMember> newestMembersOfMyGroups(int limit) {
        var user = CurrentUser.require();
        var myGroups = memberships.findByPersonId(user.personId()).stream().filter(Membership::isActive)
                .map(Membership::getGroupId).toList();
        if (myGroups.isEmpty()) {
            return List.of();
        }
        // Over-fetch a little: the same person may be new in two of my groups, and disabled people are skipped.
        var newest = memberships.findNewestActive(myGroups, user.personId(), Limit.of(limit * 3));
        var people = members.summaries(newest.stream().map(Membership::getPersonId).toList());
        var groupsById = groups.findAllById(myGroups).stream()
                .collect(Collectors.toMap(WorkingGroup::getId, Function.identity()));
        var seen = new java.util.HashSet<Long>();
        return newest.stream()
                .filter(m -> people.containsKey(m.getPersonId()) && people.get(m.getPersonId()).status() == PersonStatus.ACTIVE)
                .filter(m -> seen.add(m.getPersonId()))
                .limit(limit)
                .map(m -> new NewestMember(people.get(m.getPersonId()), groupsById.get(m.getGroupId()).getName(),
                        groupsById.get(m.getGroupId()).getSlug(), m.getSince()))
                .toList();
    }

    /** Groups in which any of the given people is an active member, e.g. for an organisation's page. */
    public List<GroupListItem> groupsOfPeople(List<Long> personIds) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        var groupIds = memberships.findByPersonIdIn(personIds).stream().filter(Membership::isActive)
                .map(Membership::getGroupId).collect(Collectors.toSet());
        return list().stream().filter(g -> groupIds.contains(g.id())).toList();
    }

    /** Whether the person is an active member of the group; for features that let only members post. */
    public boolean isActiveMember(long groupId, long personId) {
        return memberships.findByGroupIdAndPersonId(groupId, personId).map(Membership::isActive).orElse(false);
    }

    /**
     * One group as lists show it, with the viewer's membership; empty if it does not exist or the viewer may not
     * see it. For features that hang content on a group (discussions) and decide with their own policy.
     */
    public java.util.Optional<GroupListItem> find(long groupId) {
        var user = CurrentUser.require();
        return groups.findById(groupId).filter(g -> policy.maySee(user, g)).map(g -> {
            var all = memberships.findByGroupId(groupId);
            var mine = all.stream().filter(m -> m.getPersonId() == user.personId()).findFirst().orElse(null);
            return toListItem(g, mine, all.stream().filter(Membership::isActive).count(), user);
        });
    }

    /** Ids of the group's active members, leads included; e.g. to tell which mentioned people can read a thread. */
    public Set<Long> activeMemberIds(long groupId) {
        return memberships.findByGroupId(groupId).stream().filter(Membership::isActive).map(Membership::getPersonId)
                .collect(Collectors.toSet());
    }

    /** Whether the person leads the group. */
    public boolean isLead(long groupId, long personId) {
        return memberships.findByGroupIdAndPersonId(groupId, personId).map(Membership::isLead).orElse(false);
    }

    /**
     * Ids of the groups whose content (practices, threads) the viewer may read: every group for the
     * secretariat, the groups opened to researchers for researchers, and for members the groups they
     * are an active member of. Content features filter their queries with it.
     */
    public Set<Long> groupIdsWhoseContentICanSee() {
        var user = CurrentUser.require();
        return readable(user, () -> memberships.findByPersonId(user.personId()));
    }

    /** Ids of the groups the viewer actively leads. */
    public Set<Long> groupIdsILead() {
        return led(memberships.findByPersonId(CurrentUser.require().personId()));
    }

    /** Both of the above with one look-up of the viewer's memberships (every search asks for both). */
    public MyGroupIds myGroupIds() {
        var user = CurrentUser.require();
        var own = memberships.findByPersonId(user.personId());
        return new MyGroupIds(readable(user, () -> own), led(own));
    }

    private Set<Long> readable(PraxisUser user, Supplier<List<Membership>> own) {
        if (user.isAdmin()) {
            return groups.findAllIds();
        }
        if (user.isResearcher()) {
            return groups.findIdsVisibleToResearchers();
        }
        return own.get().stream().filter(Membership::isActive).map(Membership::getGroupId)
                .collect(Collectors.toSet());
    }

    private static Set<Long> led(List<Membership> own) {
        return own.stream().filter(Membership::isLead).map(Membership::getGroupId).collect(Collectors.toSet());
    }

    /** Names of the given groups that the viewer may see, by id; for features that refer to groups by id. */
    public Map<Long, String> groupNames(Collection<Long> groupIds) {
        if (groupIds.isEmpty()) {
            return Map.of();
        }
        var user = CurrentUser.require();
        return groups.findAllById(groupIds).stream().filter(g -> policy.maySee(user, g))
                .collect(Collectors.toMap(WorkingGroup::getId, WorkingGroup::getName));
    }

    /** Publishes the action {@code <subject>.<verb>}, e.g. {@code member.admit}, for the audit log. */
    private void audit(String subject, String verb, String targetType, long targetId, long groupId,
            @Nullable String reason) {
        events.publishEvent(new AuditedAction(CurrentUser.require().personId(), subject + "." + verb, targetType,
                targetId, groupId, reason, clock.instant()));
    }

    /** Researchers read; they never take part in groups. */
    private void requireActiveNonResearcher(long personId) {
        var person = members.summaries(List.of(personId)).get(personId);
        if (person == null || person.status() != PersonStatus.ACTIVE) {
            throw new UserFacingException("group.error.person-not-active");
        }
        if (person.role() == Role.RESEARCHER) {
            throw new UserFacingException("group.error.researcher-member");
        }
    }

    private WorkingGroup visibleGroup(WorkingGroup group, PraxisUser user) {
        if (!policy.maySee(user, group)) {
            throw new NotFoundException();
        }
        return group;
    }

    private WorkingGroup managedGroup(long groupId) {
        var user = CurrentUser.require();
        var group = visibleGroup(groups.findById(groupId).orElseThrow(NotFoundException::new), user);
        var mine = memberships.findByGroupIdAndPersonId(groupId, user.personId()).orElse(null);
        if (!policy.mayManageMembers(user, mine)) {
            throw new AccessDeniedException("Not a lead of group " + groupId);
        }
        if (group.isArchived()) {
            throw new UserFacingException("group.error.archived");
        }
        return group;
    }

    private GroupListItem toListItem(WorkingGroup g, Membership mine, long memberCount, PraxisUser user) {
        return new GroupListItem(g.getId(), g.getSlug(), g.getName(), g.getDescription(), g.getJoinPolicy(),
                g.isVisibleToResearchers(), g.isArchived(), memberCount, mine == null ? null : mine.getStatus(),
                mine != null && mine.isLead(), policy.mayJoin(user, g, mine));
    }

    /** "Drugs & harm reduction" → "drugs-harm-reduction". */
    static String slugOf(String name) {
        return Slugs.of(name, WorkingGroup.SLUG_MAX);
    }
}
