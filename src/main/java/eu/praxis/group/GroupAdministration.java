package eu.praxis.group;

import eu.praxis.base.NotFoundException;
import eu.praxis.base.Slugs;
import eu.praxis.base.UserFacingException;
import eu.praxis.security.CurrentUser;
import eu.praxis.security.Role;
import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the secretariat decides about groups: creating and archiving them, appointing and removing leads, and
 * opening a group's content to researchers (DD014); with the group's leads, whether its publications are reviewed
 * (DD031). Every change is audited ({@link GroupAuditTrail}).
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class GroupAdministration {

    private final WorkingGroupRepository groups;
    private final MembershipRepository memberships;
    private final GroupPolicy policy;
    private final GroupChecks checks;
    private final GroupAuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    GroupAdministration(
            WorkingGroupRepository groups,
            MembershipRepository memberships,
            GroupPolicy policy,
            GroupChecks checks,
            GroupAuditTrail audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.groups = groups;
        this.memberships = memberships;
        this.policy = policy;
        this.checks = checks;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
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
        groups.save(new WorkingGroup(
                slug, name, description, newGroup.joinPolicy(), newGroup.visibleToResearchers(), clock.instant()));
        return slug;
    }

    @Transactional
    @PreAuthorize("hasRole('" + Role.ADMIN_NAME + "')")
    public void archive(long groupId) {
        var user = CurrentUser.require();
        groups.findById(groupId).orElseThrow(NotFoundException::new).archive();
        audit.record(user, "group", "archive", "group", groupId, groupId, null);
    }

    @Transactional
    @PreAuthorize("hasRole('" + Role.ADMIN_NAME + "')")
    public void unarchive(long groupId) {
        var user = CurrentUser.require();
        groups.findById(groupId).orElseThrow(NotFoundException::new).unarchive();
        audit.record(user, "group", "unarchive", "group", groupId, groupId, null);
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
            audit.record(
                    user, "group", "researcher-visibility", "group", groupId, groupId, visible ? "visible" : "hidden");
        }
    }

    /**
     * Switches the review of publications in the group on or off (DD031); see
     * {@link GroupPolicy#mayChangePublicationReview}. Practices already submitted stay in review.
     */
    @Transactional
    public void setReviewsPublications(long groupId, boolean reviewed) {
        var user = CurrentUser.require();
        var group = groups.findById(groupId).orElseThrow(NotFoundException::new);
        var mine =
                memberships.findByGroupIdAndPersonId(groupId, user.personId()).orElse(null);
        if (!policy.mayChangePublicationReview(user, mine)) {
            throw new AccessDeniedException("May not change the review of publications in group " + groupId);
        }
        if (group.isReviewsPublications() != reviewed) {
            group.setReviewsPublications(reviewed);
            audit.record(user, "group", "publication-review", "group", groupId, groupId, reviewed ? "on" : "off");
        }
    }

    /** Makes a person lead of a group, adding them as a member if needed. */
    @Transactional
    @PreAuthorize("hasRole('" + Role.ADMIN_NAME + "')")
    public void appointLead(long groupId, long personId) {
        var user = CurrentUser.require();
        var group = groups.findById(groupId).orElseThrow(NotFoundException::new);
        checks.requireParticipant(personId);
        var now = clock.instant();
        var membership =
                memberships.findByGroupIdAndPersonId(group.getId(), personId).orElse(null);
        if (membership == null) {
            membership = memberships.save(Membership.active(groupId, personId, now));
            events.publishEvent(new GroupJoined(groupId, personId, false));
        } else if (membership.isLead()) {
            throw new UserFacingException("group.error.already-lead");
        }
        membership.makeLead(now);
        audit.record(user, "lead", "appoint", "person", personId, groupId, null);
    }

    /** Takes the lead role away; the person stays a member. */
    @Transactional
    @PreAuthorize("hasRole('" + Role.ADMIN_NAME + "')")
    public void removeLead(long groupId, long personId) {
        var user = CurrentUser.require();
        var membership = memberships
                .findByGroupIdAndPersonId(groupId, personId)
                .filter(Membership::isLead)
                .orElseThrow(() -> new UserFacingException("group.error.not-lead"));
        membership.makeMember();
        audit.record(user, "lead", "remove", "person", personId, groupId, null);
    }

    /** "Drugs & harm reduction" → "drugs-harm-reduction". */
    static String slugOf(String name) {
        return Slugs.of(name, WorkingGroup.SLUG_MAX);
    }
}
