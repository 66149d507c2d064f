package eu.praxis.group;

import eu.praxis.base.UserFacingException;
import eu.praxis.content.Moderation;
import eu.praxis.security.CurrentUser;
import eu.praxis.security.PraxisUser;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is in a group: joining and leaving for oneself; admitting, declining, adding and removing members for the
 * group's leads and the secretariat. Every rule is asked of {@link GroupPolicy}; the changes a lead makes are
 * audited ({@link GroupAuditTrail}).
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class GroupMembership {

    private final MembershipRepository memberships;
    private final GroupPolicy policy;
    private final GroupChecks checks;
    private final GroupAuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    GroupMembership(
            MembershipRepository memberships,
            GroupPolicy policy,
            GroupChecks checks,
            GroupAuditTrail audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.memberships = memberships;
        this.policy = policy;
        this.checks = checks;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Joins an open group, or asks to join one that admits on request.
     *
     * @return the resulting membership status
     */
    @Transactional
    public MembershipStatus join(long groupId) {
        var user = CurrentUser.require();
        var group = checks.visible(groupId, user);
        var mine =
                memberships.findByGroupIdAndPersonId(groupId, user.personId()).orElse(null);
        if (!policy.mayJoin(user, group, mine)) {
            throw new UserFacingException(
                    mine != null
                            ? "group.error.already-member"
                            : group.getJoinPolicy() == JoinPolicy.INVITE_ONLY
                                    ? "group.error.invite-only"
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
        var mine = memberships
                .findByGroupIdAndPersonId(groupId, user.personId())
                .orElseThrow(() -> new UserFacingException("group.error.not-member"));
        memberships.delete(mine);
    }

    /** Admits a pending request (leads of the group, secretariat). */
    @Transactional
    public void admit(long groupId, long personId) {
        var user = CurrentUser.require();
        var group = managedGroup(groupId, user);
        var request = memberships
                .findByGroupIdAndPersonId(group.getId(), personId)
                .orElseThrow(() -> new UserFacingException("group.error.no-request"));
        request.admit(clock.instant());
        events.publishEvent(new GroupJoined(groupId, personId, true));
        audit.record(user, "member", "admit", "person", personId, groupId, null);
    }

    /**
     * Declines a pending request (leads of the group, secretariat). The person is told by mail, in their
     * language, with the message if one is given ({@link JoinRequestDeclined}).
     *
     * @param message to the person, at most {@link Moderation#REASON_MAX} characters; blank for none
     */
    @Transactional
    public void decline(long groupId, long personId, @Nullable String message) {
        var user = CurrentUser.require();
        var group = managedGroup(groupId, user);
        var request = memberships
                .findByGroupIdAndPersonId(group.getId(), personId)
                .filter(m -> !m.isActive())
                .orElseThrow(() -> new UserFacingException("group.error.no-request"));
        var text = Moderation.reason(message, false);
        memberships.delete(request);
        events.publishEvent(new JoinRequestDeclined(groupId, personId, text));
        audit.record(user, "member", "decline", "person", personId, groupId, text);
    }

    /**
     * Removes an active member (leads of the group, secretariat). Taking a lead out of a group is the
     * secretariat's, as appointing one is; the last lead stays, so that the group is never left unled.
     */
    @Transactional
    public void removeMember(long groupId, long personId) {
        var user = CurrentUser.require();
        var group = managedGroup(groupId, user);
        var membership = memberships
                .findByGroupIdAndPersonId(group.getId(), personId)
                .filter(Membership::isActive)
                .orElseThrow(() -> new UserFacingException("group.error.not-member-of-group"));
        if (membership.isLead()) {
            if (!policy.mayAdminister(user)) {
                throw new AccessDeniedException("Only the secretariat removes a lead from group " + groupId);
            }
            if (memberships.findByGroupId(groupId).stream()
                            .filter(Membership::isLead)
                            .count()
                    <= 1) {
                throw new UserFacingException("group.error.last-lead");
            }
        }
        memberships.delete(membership);
        audit.record(user, "member", "remove", "person", personId, groupId, null);
    }

    /**
     * Adds a person directly as an active member (leads of the group, secretariat): the way into
     * invite-only groups. A pending request is admitted.
     */
    @Transactional
    public void addMember(long groupId, long personId) {
        var user = CurrentUser.require();
        var group = managedGroup(groupId, user);
        checks.requireParticipant(personId);
        var now = clock.instant();
        var existing = memberships.findByGroupIdAndPersonId(group.getId(), personId);
        if (existing.isPresent()) {
            existing.get().admit(now);
        } else {
            memberships.save(Membership.active(groupId, personId, now));
        }
        // an existing membership can only be a pending request: admit refuses an active one
        events.publishEvent(new GroupJoined(groupId, personId, existing.isPresent()));
        audit.record(user, "member", "add", "person", personId, groupId, null);
    }

    /** The group, if the viewer manages its members and it is not archived. */
    private WorkingGroup managedGroup(long groupId, PraxisUser user) {
        var group = checks.visible(groupId, user);
        var mine =
                memberships.findByGroupIdAndPersonId(groupId, user.personId()).orElse(null);
        if (!policy.mayManageMembers(user, mine)) {
            throw new AccessDeniedException("Not a lead of group " + groupId);
        }
        if (group.isArchived()) {
            throw new UserFacingException("group.error.archived");
        }
        return group;
    }
}
