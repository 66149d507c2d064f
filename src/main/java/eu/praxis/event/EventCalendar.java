package eu.praxis.event;

import static eu.praxis.base.QueryIds.nonEmpty;

import eu.praxis.discussion.MarkdownRenderer;
import eu.praxis.event.EventPolicy.Viewer;
import eu.praxis.group.GroupDirectory;
import eu.praxis.security.CurrentUser;
import eu.praxis.security.PraxisUser;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading events: the calendar (upcoming, past, a month), one event's details with the caller's registration,
 * and its iCalendar file. Every rule is asked of {@link EventPolicy}; an event the caller may not see is
 * "not found", and the calendar's query applies the same rules.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class EventCalendar {

    /** Far enough in the past and future to mean "no bound", and valid on every database. */
    private static final Instant EARLIEST =
            LocalDate.of(1970, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);

    private static final Instant LATEST =
            LocalDate.of(9999, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);
    /** A month view never needs more; a bound keeps a crafted request cheap. */
    private static final int RANGE_MAX = 500;

    private final EventRepository events;
    private final RegistrationRepository registrations;
    private final EventPolicy policy;
    private final EventLookup lookup;
    private final EventViewers viewers;
    private final GroupDirectory groups;
    private final MarkdownRenderer markdown;
    private final ICalendars icalendars;
    private final Clock clock;

    EventCalendar(
            EventRepository events,
            RegistrationRepository registrations,
            EventPolicy policy,
            EventLookup lookup,
            EventViewers viewers,
            GroupDirectory groups,
            MarkdownRenderer markdown,
            ICalendars icalendars,
            Clock clock) {
        this.events = events;
        this.registrations = registrations;
        this.policy = policy;
        this.lookup = lookup;
        this.viewers = viewers;
        this.groups = groups;
        this.markdown = markdown;
        this.icalendars = icalendars;
        this.clock = clock;
    }

    public EventDetails get(long id) {
        var viewer = viewers.of(CurrentUser.require());
        var event = lookup.visible(id, viewer);
        var all = registrations.findByEventInOrder(id);
        var confirmed = (int) all.stream().filter(Registration::isConfirmed).count();
        var waiting = all.stream().filter(r -> !r.isConfirmed()).toList();
        var mine = all.stream()
                .filter(r -> r.getPersonId() == viewer.user().personId())
                .findFirst()
                .orElse(null);
        var myStatus = mine == null ? null : mine.getStatus();
        Integer position = mine == null || mine.isConfirmed() ? null : waiting.indexOf(mine) + 1;
        var now = clock.instant();
        var groupNames = new HashMap<>(groups.groupNames(event.getGroupIds()));
        var groupName = event.getGroupId() == null ? null : groupNames.remove(event.getGroupId());
        return new EventDetails(
                id,
                event.getVersion(),
                event.getKind(),
                event.getTitle(),
                markdown.toHtml(event.getDescriptionMarkdown(), personId -> null),
                event.getDescriptionMarkdown(),
                event.getStartsAt(),
                event.getEndsAt(),
                event.getTimeZone(),
                event.getPlace(),
                event.getOnlineLink() != null,
                policy.maySeeLink(viewer, event, myStatus) ? event.getOnlineLink() : null,
                event.getGroupId(),
                groupName,
                groupNames,
                event.getAudience(),
                event.getCapacity(),
                confirmed,
                waiting.size(),
                placesLeft(event, confirmed),
                event.getRegistrationDeadline(),
                event.getStatus(),
                event.getIcalSequence(),
                myStatus,
                position,
                policy.mayOrganise(viewer, event),
                mayRegister(viewer, event, myStatus, now),
                mine != null && !event.isCancelled() && !event.hasStarted(now),
                policy.mayRecordAttendance(viewer, event, now),
                policy.mayExportParticipation(viewer));
    }

    /** Events not yet over, soonest first. */
    public Slice<EventListItem> upcoming(EventFilter filter, Pageable page) {
        return find(CurrentUser.require(), filter, clock.instant(), LATEST, Sort.by("startsAt", "id"), page);
    }

    /**
     * The events every member sees whatever their groups (the network's, and groups' events open to all) that start
     * before {@code until} and are not over or cancelled, soonest first: the newsletter's agenda.
     */
    public List<EventListItem> networkAgenda(Instant until, int limit) {
        var noGroups = nonEmpty(Set.of());
        var rows = events.findVisible(
                false,
                false,
                noGroups,
                noGroups,
                clock.instant(),
                until,
                null,
                null,
                null,
                false,
                -1,
                PageRequest.of(0, Math.clamp(limit, 1, RANGE_MAX), Sort.by("startsAt", "id")));
        return rows.stream()
                .filter(e -> !e.isCancelled() && e.getStartsAt().isBefore(until))
                .map(e -> toListItem(e, Map.of(), Map.of(), Map.of(), false))
                .toList();
    }

    /** Events that are over, latest first. */
    public Slice<EventListItem> past(EventFilter filter, Pageable page) {
        return find(
                CurrentUser.require(),
                filter,
                EARLIEST,
                clock.instant(),
                Sort.by(Sort.Order.desc("startsAt"), Sort.Order.desc("id")),
                page);
    }

    /** Events that overlap the period (a month view), in order of start; at most {@value #RANGE_MAX}. */
    public List<EventListItem> between(EventFilter filter, Instant from, Instant to) {
        return find(CurrentUser.require(), filter, from, to, Sort.by("startsAt", "id"), PageRequest.of(0, RANGE_MAX))
                .getContent();
    }

    /** The event as an iCalendar file, for those who may see it; the online link only if they may see it. */
    public byte[] ics(long id) {
        var viewer = viewers.of(CurrentUser.require());
        var event = lookup.visible(id, viewer);
        var mine = registrations
                .findByEventIdAndPersonId(id, viewer.user().personId())
                .map(Registration::getStatus)
                .orElse(null);
        return icalendars.publish(event.getTitle(), List.of(event), e -> policy.maySeeLink(viewer, e, mine));
    }

    private Slice<EventListItem> find(
            PraxisUser user, EventFilter filter, Instant from, Instant to, Sort sort, Pageable page) {
        Viewer viewer = viewers.of(user);
        var personId = user.personId();
        var sorted = PageRequest.of(page.getPageNumber(), page.getPageSize(), sort);
        var rows = events.findVisible(
                user.isAdmin(),
                user.isResearcher(),
                nonEmpty(viewer.memberGroupIds()),
                nonEmpty(viewer.ledGroupIds()),
                from,
                to,
                filter.kind(),
                filter.groupId(),
                filter.projectId(),
                filter.mine(),
                personId,
                sorted);
        var now = clock.instant();
        if (!rows.hasContent()) {
            return rows.map(e -> toListItem(e, Map.of(), Map.of(), Map.of(), false));
        }
        var ids = rows.map(Event::getId).toList();
        Map<Long, Long> confirmed = new HashMap<>();
        for (var row : registrations.countConfirmed(ids)) {
            confirmed.put((Long) row[0], (Long) row[1]);
        }
        var mine = registrations.findByPersonIdAndEventIdIn(personId, ids).stream()
                .collect(Collectors.toMap(Registration::getEventId, Registration::getStatus));
        var groupNames = groups.groupNames(
                rows.stream().flatMap(e -> e.getGroupIds().stream()).collect(Collectors.toSet()));
        return rows.map(
                e -> toListItem(e, confirmed, mine, groupNames, mayRegister(viewer, e, mine.get(e.getId()), now)));
    }

    /** A Register button makes sense: not registered yet, registration open, and the policy lets the viewer. */
    private boolean mayRegister(Viewer viewer, Event event, @Nullable RegistrationStatus mine, Instant now) {
        return mine == null && event.isRegistrationOpen(now) && policy.mayRegister(viewer, event);
    }

    private static EventListItem toListItem(
            Event e,
            Map<Long, Long> confirmed,
            Map<Long, RegistrationStatus> mine,
            Map<Long, String> groupNames,
            boolean mayRegister) {
        var id = Objects.requireNonNull(e.getId());
        return new EventListItem(
                id,
                e.getKind(),
                e.getTitle(),
                e.getStartsAt(),
                e.getEndsAt(),
                e.getTimeZone(),
                e.getPlace(),
                e.getOnlineLink() != null,
                e.getGroupId(),
                namesOf(e, groupNames),
                e.getStatus(),
                placesLeft(e, confirmed.getOrDefault(id, 0L).intValue()),
                mine.get(id),
                mayRegister);
    }

    /** The names of the event's groups that the viewer may see, the organising group first, the others by name. */
    private static List<String> namesOf(Event event, Map<Long, String> groupNames) {
        var organising = event.getGroupId();
        return event.getGroupIds().stream()
                .filter(groupNames::containsKey)
                .sorted(Comparator.comparing((Long id) -> !id.equals(organising))
                        .thenComparing(id -> groupNames.get(id), String.CASE_INSENSITIVE_ORDER))
                .map(groupNames::get)
                .toList();
    }

    private static @Nullable Integer placesLeft(Event event, int confirmed) {
        if (event.getCapacity() == null) {
            return null;
        }
        return event.isCancelled() ? 0 : Math.max(0, event.getCapacity() - confirmed);
    }
}
