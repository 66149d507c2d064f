package eu.praxis.event;

import static eu.praxis.base.QueryIds.nonEmpty;

import eu.praxis.base.AuditedAction;
import eu.praxis.base.NotFoundException;
import eu.praxis.base.UserFacingException;
import eu.praxis.discussion.MarkdownRenderer;
import eu.praxis.event.EventPolicy.Viewer;
import eu.praxis.group.GroupService;
import eu.praxis.member.MemberService;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Events: scheduling, editing and cancelling (organisers), the calendar, registration with a waiting list,
 * registrations for organisers and the iCalendar file. Every rule is asked of {@link EventPolicy}; an event
 * the caller may not see is "not found". Registrations for one event are taken one at a time by locking the
 * event's row, so that no place is given twice (and a unique key stops a person registering twice).
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class EventService {

    /** Far enough in the past and future to mean "no bound", and valid on every database. */
    private static final Instant EARLIEST = LocalDate.of(1970, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);
    private static final Instant LATEST = LocalDate.of(9999, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);
    /** A month view never needs more; a bound keeps a crafted request cheap. */
    private static final int RANGE_MAX = 500;

    private final EventRepository events;
    private final RegistrationRepository registrations;
    private final EventPolicy policy;
    private final GroupService groups;
    private final EventViewers viewers;
    private final MemberService members;
    private final MarkdownRenderer markdown;
    private final ICalendars icalendars;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    EventService(EventRepository events, RegistrationRepository registrations, EventPolicy policy,
            GroupService groups, EventViewers viewers, MemberService members, MarkdownRenderer markdown,
            ICalendars icalendars, ApplicationEventPublisher publisher, Clock clock) {
        this.events = events;
        this.registrations = registrations;
        this.policy = policy;
        this.groups = groups;
        this.viewers = viewers;
        this.members = members;
        this.markdown = markdown;
        this.icalendars = icalendars;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** Schedules an event: the secretariat anywhere, a lead in a group they lead. */
    @Transactional
    public long create(EventDraft draft) {
        var viewer = viewers.current();
        if (!policy.mayScheduleIn(viewer, draft.groupId())) {
            throw new UserFacingException(draft.groupId() == null ? "event.error.may-not-schedule-network"
                    : "event.error.may-not-schedule");
        }
        var now = clock.instant();
        var event = new Event(draft.kind(), viewer.user().personId(), now);
        apply(event, draft, now);
        var id = Objects.requireNonNull(events.save(event).getId());
        publisher.publishEvent(new EventScheduled(id, event.getGroupId()));
        audit(viewer, "event.create", id, event.getGroupId());
        return id;
    }

    /**
     * Saves an edit, for the event's organisers. With {@code expectedVersion} (the version the form was loaded
     * with), an edit made meanwhile by someone else is refused instead of silently overwritten. A larger capacity
     * gives places to the waiting list at once.
     */
    @Transactional
    public void update(long id, EventDraft draft, @Nullable Integer expectedVersion) {
        var viewer = viewers.current();
        var event = organised(lockedVisible(id, viewer), viewer);
        if (expectedVersion != null && expectedVersion != event.getVersion()) {
            throw new UserFacingException("event.error.changed-meanwhile");
        }
        if (!Objects.equals(draft.groupId(), event.getGroupId()) && !policy.mayScheduleIn(viewer, draft.groupId())) {
            throw new UserFacingException("event.error.may-not-schedule");
        }
        var confirmed = registrations.countByEventIdAndStatus(id, RegistrationStatus.CONFIRMED);
        if (draft.capacity() != null && draft.capacity() < confirmed) {
            throw new UserFacingException("event.error.capacity-below-confirmed", confirmed);
        }
        apply(event, draft, clock.instant());
        promoteWaiting(event);
        publisher.publishEvent(new EventChanged(id, registeredPersonIds(id)));
        audit(viewer, "event.change", id, event.getGroupId());
    }

    /** Cancels the event: its registrations lapse and everyone registered is told (mail, notifications). */
    @Transactional
    public void cancel(long id) {
        var viewer = viewers.current();
        var event = organised(lockedVisible(id, viewer), viewer);
        event.cancel(clock.instant());
        publisher.publishEvent(new EventCancelled(id, registeredPersonIds(id)));
        audit(viewer, "event.cancel", id, event.getGroupId());
    }

    public EventDetails get(long id) {
        var viewer = viewers.current();
        var event = visible(id, viewer);
        var all = registrations.findByEventInOrder(id);
        var confirmed = (int) all.stream().filter(Registration::isConfirmed).count();
        var waiting = all.stream().filter(r -> !r.isConfirmed()).toList();
        var mine = all.stream().filter(r -> r.getPersonId() == viewer.user().personId()).findFirst().orElse(null);
        var myStatus = mine == null ? null : mine.getStatus();
        Integer position = mine == null || mine.isConfirmed() ? null : waiting.indexOf(mine) + 1;
        var open = event.isRegistrationOpen(clock.instant());
        var groupName = event.getGroupId() == null ? null : groups.groupNames(List.of(event.getGroupId()))
                .get(event.getGroupId());
        return new EventDetails(id, event.getVersion(), event.getKind(), event.getTitle(),
                markdown.toHtml(event.getDescriptionMarkdown(), personId -> null), event.getDescriptionMarkdown(),
                event.getStartsAt(), event.getEndsAt(), event.getTimeZone(), event.getPlace(),
                event.getOnlineLink() != null,
                policy.maySeeLink(viewer, event, myStatus) ? event.getOnlineLink() : null, event.getGroupId(),
                groupName, event.getAudience(), event.getCapacity(), confirmed, waiting.size(),
                placesLeft(event, confirmed), event.getRegistrationDeadline(), event.getStatus(),
                event.getIcalSequence(), myStatus, position, policy.mayOrganise(viewer, event),
                mine == null && open && policy.mayRegister(viewer, event),
                mine != null && !event.isCancelled() && clock.instant().isBefore(event.getStartsAt()));
    }

    /** Events not yet over, soonest first. */
    public Slice<EventListItem> upcoming(EventFilter filter, Pageable page) {
        return find(filter, clock.instant(), LATEST, Sort.by("startsAt", "id"), page);
    }

    /** Events that are over, latest first. */
    public Slice<EventListItem> past(EventFilter filter, Pageable page) {
        var now = clock.instant();
        return find(filter, EARLIEST, now, Sort.by(Sort.Order.desc("startsAt"), Sort.Order.desc("id")), page);
    }

    /** Events that overlap the period (a month view), in order of start; at most {@value #RANGE_MAX}. */
    public List<EventListItem> between(EventFilter filter, Instant from, Instant to) {
        return find(filter, from, to, Sort.by("startsAt", "id"), PageRequest.of(0, RANGE_MAX)).getContent();
    }

    /** Whether the caller may schedule events at all (the "new event" button). */
    public boolean mayScheduleAny() {
        return policy.mayScheduleAny(viewers.current());
    }

    /** Whether the caller may schedule events for the whole network, without a group (the secretariat). */
    public boolean mayScheduleInNetwork() {
        return policy.mayScheduleIn(viewers.current(), null);
    }

    /** The groups the caller may schedule events in: all for the secretariat, those they lead for leads. */
    public Map<Long, String> groupsICanScheduleIn() {
        var viewer = viewers.current();
        // the viewer's groups are every group for the secretariat
        var ids = viewer.user().isAdmin() ? viewer.memberGroupIds() : viewer.ledGroupIds();
        return groups.groupNames(ids);
    }

    /**
     * Registers the caller: a place while there are places, otherwise the waiting list. The event's row is
     * locked first, so that simultaneous registrations are counted one after the other.
     */
    @Transactional
    public RegistrationStatus register(long id) {
        var viewer = viewers.current();
        var event = lockedVisible(id, viewer);
        if (!policy.mayRegister(viewer, event)) {
            throw new UserFacingException("event.error.may-not-register");
        }
        if (!event.isRegistrationOpen(clock.instant())) {
            throw new UserFacingException(event.isCancelled() ? "event.error.cancelled" : "event.error.closed");
        }
        var personId = viewer.user().personId();
        if (registrations.findByEventIdAndPersonId(id, personId).isPresent()) {
            throw new UserFacingException("event.error.already-registered");
        }
        var confirmed = registrations.countByEventIdAndStatus(id, RegistrationStatus.CONFIRMED);
        var status = event.getCapacity() == null || confirmed < event.getCapacity() ? RegistrationStatus.CONFIRMED
                : RegistrationStatus.WAITING;
        registrations.save(new Registration(id, personId, status, clock.instant()));
        if (status == RegistrationStatus.CONFIRMED) {
            publisher.publishEvent(new RegistrationConfirmed(id, personId));
        }
        return status;
    }

    /** Withdraws the caller's registration, until the event starts; a freed place goes to the first waiting. */
    @Transactional
    public void cancelRegistration(long id) {
        var viewer = viewers.current();
        var event = lockedVisible(id, viewer);
        var mine = registrations.findByEventIdAndPersonId(id, viewer.user().personId())
                .orElseThrow(() -> new UserFacingException("event.error.not-registered"));
        if (event.isCancelled() || !clock.instant().isBefore(event.getStartsAt())) {
            throw new UserFacingException(event.isCancelled() ? "event.error.cancelled" : "event.error.started");
        }
        registrations.delete(mine);
        registrations.flush();
        promoteWaiting(event);
    }

    /** Who registered, places first, then the waiting list in order; for the organisers. */
    public List<RegistrationItem> registrations(long id) {
        var viewer = viewers.current();
        organised(visible(id, viewer), viewer);
        var all = registrations.findByEventInOrder(id);
        var people = members.summaries(all.stream().map(Registration::getPersonId).toList());
        return all.stream().filter(r -> people.containsKey(r.getPersonId())).map(r -> {
            var person = people.get(r.getPersonId());
            return new RegistrationItem(r.getPersonId(), person.name(), person.email(), person.organisationName(),
                    r.getStatus(), r.getRegisteredAt());
        }).toList();
    }

    /** The registrations as CSV (UTF-8, header row), written to {@code out} row by row; for the organisers. */
    public void exportRegistrations(long id, OutputStream out) {
        var rows = registrations(id);
        try {
            var writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            var csv = CSVFormat.DEFAULT.builder()
                    .setHeader("name", "email", "organisation", "status", "registered_at").get().print(writer);
            for (var row : rows) {
                csv.printRecord(cell(row.name()), cell(row.email()), cell(row.organisationName()),
                        row.status().name(), row.registeredAt().toString());
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Names are typed by members: one starting like a formula is quoted, so that a spreadsheet never runs it. */
    private static String cell(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    /** The event as an iCalendar file, for those who may see it; the online link only if they may see it. */
    public byte[] ics(long id) {
        var viewer = viewers.current();
        var event = visible(id, viewer);
        var mine = registrations.findByEventIdAndPersonId(id, viewer.user().personId())
                .map(Registration::getStatus).orElse(null);
        return icalendars.publish(event.getTitle(), List.of(event), e -> policy.maySeeLink(viewer, e, mine));
    }

    private Slice<EventListItem> find(EventFilter filter, Instant from, Instant to, Sort sort, Pageable page) {
        var viewer = viewers.current();
        var personId = viewer.user().personId();
        var sorted = PageRequest.of(page.getPageNumber(), page.getPageSize(), sort);
        var rows = events.findVisible(viewer.user().isAdmin(), viewer.user().isResearcher(),
                nonEmpty(viewer.memberGroupIds()), nonEmpty(viewer.ledGroupIds()), from, to, filter.kind(),
                filter.groupId(), filter.mine(), personId, sorted);
        if (!rows.hasContent()) {
            return rows.map(e -> toListItem(e, Map.of(), Map.of(), Map.of()));
        }
        var ids = rows.map(Event::getId).toList();
        Map<Long, Long> confirmed = new HashMap<>();
        for (var row : registrations.countConfirmed(ids)) {
            confirmed.put((Long) row[0], (Long) row[1]);
        }
        var mine = registrations.findByPersonIdAndEventIdIn(personId, ids).stream()
                .collect(Collectors.toMap(Registration::getEventId, Registration::getStatus));
        var groupNames = groups.groupNames(rows.stream().map(Event::getGroupId).filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        return rows.map(e -> toListItem(e, confirmed, mine, groupNames));
    }

    private static EventListItem toListItem(Event e, Map<Long, Long> confirmed, Map<Long, RegistrationStatus> mine,
            Map<Long, String> groupNames) {
        var id = Objects.requireNonNull(e.getId());
        return new EventListItem(id, e.getKind(), e.getTitle(), e.getStartsAt(), e.getEndsAt(), e.getTimeZone(),
                e.getPlace(), e.getOnlineLink() != null, e.getGroupId(),
                e.getGroupId() == null ? null : groupNames.get(e.getGroupId()), e.getStatus(),
                placesLeft(e, confirmed.getOrDefault(id, 0L).intValue()), mine.get(id));
    }

    private static @Nullable Integer placesLeft(Event event, int confirmed) {
        if (event.getCapacity() == null) {
            return null;
        }
        return event.isCancelled() ? 0 : Math.max(0, event.getCapacity() - confirmed);
    }

    /** Gives free places to the waiting list, first come first served; each promoted person is told. */
    private void promoteWaiting(Event event) {
        if (event.isCancelled()) {
            return;
        }
        var id = Objects.requireNonNull(event.getId());
        var all = registrations.findByEventInOrder(id);
        var free = event.getCapacity() == null ? Integer.MAX_VALUE
                : event.getCapacity() - (int) all.stream().filter(Registration::isConfirmed).count();
        for (var waiting : all.stream().filter(r -> !r.isConfirmed()).toList()) {
            if (free <= 0) {
                break;
            }
            waiting.promote();
            free--;
            publisher.publishEvent(new RegistrationPromoted(id, waiting.getPersonId()));
        }
    }

    private Set<Long> registeredPersonIds(long eventId) {
        return registrations.findByEventInOrder(eventId).stream().map(Registration::getPersonId)
                .collect(Collectors.toSet());
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
        var deadline = d.registrationDeadline() == null ? start : d.registrationDeadline().atZone(d.timeZone())
                .toInstant();
        if (deadline.isAfter(start)) {
            throw new UserFacingException("event.error.deadline-after-start");
        }
        if (d.capacity() != null && (d.capacity() < 1 || d.capacity() > Event.CAPACITY_MAX)) {
            throw new UserFacingException("event.error.capacity", Event.CAPACITY_MAX);
        }
        var link = blankToNull(d.onlineLink());
        if (link != null && !isHttpsUrl(link)) {
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
        if (d.groupId() != null && groups.groupNames(List.of(d.groupId())).isEmpty()) {
            throw new UserFacingException("event.error.group");
        }
        event.apply(d, start, end, deadline, now);
    }

    static boolean isHttpsUrl(String link) {
        if (link.length() > Event.LINK_MAX || link.chars().anyMatch(Character::isWhitespace)) {
            return false;
        }
        try {
            var uri = new URI(link);
            return "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
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

    private void audit(Viewer viewer, String action, long eventId, @Nullable Long groupId) {
        publisher.publishEvent(new AuditedAction(viewer.user().personId(), action, "event", eventId, groupId, null,
                clock.instant()));
    }

    private Event visible(long id, Viewer viewer) {
        var event = events.findById(id).orElseThrow(NotFoundException::new);
        if (!policy.maySee(viewer, event)) {
            throw new NotFoundException();
        }
        return event;
    }

    private Event lockedVisible(long id, Viewer viewer) {
        var event = events.findByIdForUpdate(id).orElseThrow(NotFoundException::new);
        if (!policy.maySee(viewer, event)) {
            throw new NotFoundException();
        }
        return event;
    }

    private Event organised(Event event, Viewer viewer) {
        if (!policy.mayOrganise(viewer, event)) {
            throw new UserFacingException("event.error.may-not-edit");
        }
        return event;
    }
}
