package eu.praxis.event;

import eu.praxis.base.AuditedAction;
import eu.praxis.base.UserFacingException;
import eu.praxis.base.WebAddresses;
import eu.praxis.group.GroupDirectory;
import eu.praxis.security.CurrentUser;
import eu.praxis.security.Role;
import eu.praxis.security.Viewer;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Scheduling, editing and cancelling events, for their organisers (the secretariat anywhere, a lead in the groups
 * they lead; {@link EventPolicy}). Each change publishes its event for notifications and an audit entry
 * ({@code event.create}, {@code event.change}, {@code event.cancel}).
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class EventScheduling {

    private final EventRepository events;
    private final RegistrationRepository registrations;
    private final EventPolicy policy;
    private final EventLookup lookup;
    private final EventViewers viewers;
    private final WaitingList waitingList;
    private final GroupDirectory groups;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    EventScheduling(
            EventRepository events,
            RegistrationRepository registrations,
            EventPolicy policy,
            EventLookup lookup,
            EventViewers viewers,
            WaitingList waitingList,
            GroupDirectory groups,
            ApplicationEventPublisher publisher,
            Clock clock) {
        this.events = events;
        this.registrations = registrations;
        this.policy = policy;
        this.lookup = lookup;
        this.viewers = viewers;
        this.waitingList = waitingList;
        this.groups = groups;
        this.publisher = publisher;
        this.clock = clock;
    }

    /**
     * Schedules an event: the secretariat anywhere, a lead in groups they lead. The members of its groups are told
     * ({@link EventScheduled}).
     */
    @Transactional
    public long create(EventDraft draft) {
        var user = CurrentUser.require();
        if (!policy.mayPlaceIn(viewers.of(user), Set.of(), draft.groupIds())) {
            throw new UserFacingException(
                    draft.groupId() == null ? "event.error.may-not-schedule-network" : "event.error.may-not-schedule");
        }
        var now = clock.instant();
        var event = new Event(draft.kind(), user.personId(), now);
        apply(event, draft, now);
        var id = Objects.requireNonNull(events.save(event).getId());
        publisher.publishEvent(new EventScheduled(id, event.getGroupIds(), user.personId()));
        audit(publisher, clock, user, "event.create", event);
        return id;
    }

    /**
     * Saves an edit, for the event's organisers. With {@code expectedVersion} (the version the form was loaded
     * with), an edit made meanwhile by someone else is refused instead of silently overwritten. A larger capacity
     * gives places to the waiting list at once.
     */
    @Transactional
    public void update(long id, EventDraft draft, @Nullable Integer expectedVersion) {
        var user = CurrentUser.require();
        var viewer = viewers.of(user);
        var event = lookup.organised(lookup.lockedVisible(id, viewer), viewer);
        if (expectedVersion != null && expectedVersion != event.getVersion()) {
            throw new UserFacingException("event.error.changed-meanwhile");
        }
        if (!policy.mayPlaceIn(viewer, event.getGroupIds(), draft.groupIds())) {
            throw new UserFacingException(
                    draft.groupId() == null ? "event.error.may-not-schedule-network" : "event.error.may-not-schedule");
        }
        // one read of the registrations serves the capacity check, the waiting list and the people to tell
        var inOrder = registrations.findByEventInOrder(id);
        var confirmed = inOrder.stream().filter(Registration::isConfirmed).count();
        if (draft.capacity() != null && draft.capacity() < confirmed) {
            throw new UserFacingException("event.error.capacity-below-confirmed", confirmed);
        }
        apply(event, draft, clock.instant());
        waitingList.promote(event, inOrder);
        publisher.publishEvent(new EventChanged(
                id, inOrder.stream().map(Registration::getPersonId).collect(Collectors.toSet())));
        audit(publisher, clock, user, "event.change", event);
    }

    /** Cancels the event: its registrations lapse and everyone registered is told (mail, notifications). */
    @Transactional
    public void cancel(long id) {
        var user = CurrentUser.require();
        var viewer = viewers.of(user);
        var event = lookup.organised(lookup.lockedVisible(id, viewer), viewer);
        event.cancel(clock.instant());
        publisher.publishEvent(new EventCancelled(
                id,
                registrations.findByEventInOrder(id).stream()
                        .map(Registration::getPersonId)
                        .collect(Collectors.toSet())));
        audit(publisher, clock, user, "event.cancel", event);
    }

    /**
     * Puts the event on a project's timeline, or takes it off ({@code projectId} null). The secretariat's, who runs the
     * projects; the project module checks that the project exists.
     */
    @Transactional
    @PreAuthorize("hasRole('" + Role.ADMIN_NAME + "')")
    public void placeInProject(long id, @Nullable Long projectId) {
        var user = CurrentUser.require();
        var event = lookup.lockedVisible(id, viewers.of(user));
        event.setProjectId(projectId);
        audit(publisher, clock, user, projectId == null ? "event.project.remove" : "event.project.add", event);
    }

    /** Whether the caller may schedule events at all (the "new event" button). */
    public boolean mayScheduleAny() {
        return policy.mayScheduleAny(viewers.of(CurrentUser.require()));
    }

    /** Whether the caller may schedule events for the whole network, without a group (the secretariat). */
    public boolean mayScheduleInNetwork() {
        return policy.mayScheduleIn(viewers.of(CurrentUser.require()), null);
    }

    /** The groups the caller may schedule events in: all for the secretariat, those they lead for leads. */
    public Map<Long, String> groupsICanScheduleIn() {
        var viewer = viewers.of(CurrentUser.require());
        // the viewer's groups are every group for the secretariat
        var ids = viewer.user().isAdmin() ? viewer.memberGroupIds() : viewer.ledGroupIds();
        return groups.groupNames(ids);
    }

    /** Checks a draft field by field and takes it over; the first problem is reported with a key naming it. */
    private void apply(Event event, EventDraft d, Instant now) {
        checkText(d.title(), true, Event.TITLE_MAX, "event.error.title");
        checkText(d.description(), false, Event.DESCRIPTION_MAX, "event.error.description");
        checkText(d.place(), false, Event.PLACE_MAX, "event.error.place");
        var start = d.start().atZone(d.timeZone()).toInstant();
        var end = d.end().atZone(d.timeZone()).toInstant();
        if (!end.isAfter(start)) {
            throw new UserFacingException("event.error.end-before-start");
        }
        var deadline = d.registrationDeadline() == null
                ? start
                : d.registrationDeadline().atZone(d.timeZone()).toInstant();
        if (deadline.isAfter(start)) {
            throw new UserFacingException("event.error.deadline-after-start");
        }
        if (d.capacity() != null && (d.capacity() < 1 || d.capacity() > Event.CAPACITY_MAX)) {
            throw new UserFacingException("event.error.capacity", Event.CAPACITY_MAX);
        }
        var link = blankToNull(d.onlineLink());
        if (link != null && !WebAddresses.isWebAddress(link, Event.LINK_MAX, true)) {
            throw new UserFacingException("event.error.link", Event.LINK_MAX);
        }
        if (d.kind() == EventKind.WEBCONFERENCE && link == null) {
            throw new UserFacingException("event.error.link-required");
        }
        if (link == null && blankToNull(d.place()) == null) {
            throw new UserFacingException("event.error.place-or-link");
        }
        if (d.groupMembersOnly() && d.groupId() == null) {
            throw new UserFacingException("event.error.members-only-without-group");
        }
        if (!d.otherGroupIds().isEmpty() && d.groupId() == null) {
            throw new UserFacingException("event.error.other-groups-without-group");
        }
        if (groups.groupNames(d.groupIds()).size() != d.groupIds().size()) {
            throw new UserFacingException("event.error.group");
        }
        event.apply(d, start, end, deadline, now);
    }

    private static void checkText(@Nullable String text, boolean required, int max, String key) {
        var blank = text == null || text.isBlank();
        if ((required && blank) || (!blank && text.strip().length() > max)) {
            throw new UserFacingException(key, max);
        }
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** An audit entry on the event, under its organising group (also for {@link EventAttendance}). */
    static void audit(ApplicationEventPublisher publisher, Clock clock, Viewer actor, String action, Event event) {
        publisher.publishEvent(new AuditedAction(
                actor.personId(),
                action,
                "event",
                Objects.requireNonNull(event.getId()),
                event.getGroupId(),
                null,
                clock.instant()));
    }
}
