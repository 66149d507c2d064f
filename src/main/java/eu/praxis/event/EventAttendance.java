package eu.praxis.event;

import static eu.praxis.event.EventScheduling.audit;

import eu.praxis.base.CsvCells;
import eu.praxis.base.UserFacingException;
import eu.praxis.member.MemberService;
import eu.praxis.member.PersonSummary;
import eu.praxis.organisation.OrganisationService;
import eu.praxis.security.CurrentUser;
import eu.praxis.security.Role;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who attended: the organisers mark the people with a place once the event has started (every mark audited as
 * {@code event.attendance.attended} or {@code event.attendance.absent}); the secretariat exports participation per
 * organisation and country, for one event or for the events of a period. Participation counts places (people on
 * the waiting list had none), under the organisation a person belongs to at the time of the export.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class EventAttendance {

    /** The columns of the participation export. */
    static final List<String> PARTICIPATION_HEADER = List.of("organisation", "country", "places", "attended");

    private final RegistrationRepository registrations;
    private final EventPolicy policy;
    private final EventLookup lookup;
    private final EventViewers viewers;
    private final MemberService members;
    private final OrganisationService organisations;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    EventAttendance(
            RegistrationRepository registrations,
            EventPolicy policy,
            EventLookup lookup,
            EventViewers viewers,
            MemberService members,
            OrganisationService organisations,
            ApplicationEventPublisher publisher,
            Clock clock) {
        this.registrations = registrations;
        this.policy = policy;
        this.lookup = lookup;
        this.viewers = viewers;
        this.members = members;
        this.organisations = organisations;
        this.publisher = publisher;
        this.clock = clock;
    }

    /**
     * Marks whether a person with a place attended; for the organisers, from the start of the event on.
     *
     * @throws UserFacingException before the start, for a cancelled event, for someone not registered or waiting
     */
    @Transactional
    public void record(long eventId, long personId, boolean attended) {
        var user = CurrentUser.require();
        var viewer = viewers.of(user);
        var event = lookup.organised(lookup.visible(eventId, viewer), viewer);
        if (!policy.mayRecordAttendance(viewer, event, clock.instant())) {
            throw new UserFacingException(
                    event.isCancelled() ? "event.error.cancelled" : "event.error.attendance-before-start");
        }
        var registration = registrations
                .findByEventIdAndPersonId(eventId, personId)
                .orElseThrow(() -> new UserFacingException("event.error.attendance-not-registered"));
        var before = registration.hasAttended();
        registration.recordAttendance(attended);
        if (before != attended) {
            audit(publisher, clock, user, attended ? "event.attendance.attended" : "event.attendance.absent", event);
        }
    }

    /** Whether the caller may export participation (the secretariat), for the view's buttons. */
    public boolean mayExportParticipation() {
        return policy.mayExportParticipation(viewers.of(CurrentUser.require()));
    }

    /** Participation in one event per organisation and country, as CSV ({@link #PARTICIPATION_HEADER}). */
    @PreAuthorize("hasRole('" + Role.ADMIN_NAME + "')")
    public void exportEventParticipation(long eventId, OutputStream out) {
        lookup.visible(eventId, viewers.of(CurrentUser.require()));
        write(registrations.countPlaces(eventId), out);
    }

    /**
     * Participation in the events (not cancelled) that start in the period, per organisation and country, as CSV
     * ({@link #PARTICIPATION_HEADER}): a person with places at three events counts three places.
     */
    @PreAuthorize("hasRole('" + Role.ADMIN_NAME + "')")
    public void exportParticipation(Instant from, Instant to, OutputStream out) {
        if (!from.isBefore(to)) {
            throw new UserFacingException("event.error.period");
        }
        write(registrations.countPlacesBetween(from, to), out);
    }

    private record Participation(String organisation, String country, long places, long attended) {

        Participation plus(Participation more) {
            return new Participation(organisation, country, places + more.places, attended + more.attended);
        }
    }

    /** Sums each person's places (rows of person id, places, attended) into their organisation's. */
    private void write(List<Object[]> placesByPerson, OutputStream out) {
        var people = members.summaries(
                placesByPerson.stream().map(row -> (Long) row[0]).toList());
        var organisationsById = organisations.summaries(
                people.values().stream().map(PersonSummary::organisationId).toList());
        Map<Long, Participation> byOrganisation = new HashMap<>();
        for (var row : placesByPerson) {
            var person = people.get((Long) row[0]);
            if (person != null) {
                var organisation = organisationsById.get(person.organisationId());
                byOrganisation.merge(
                        person.organisationId(),
                        new Participation(
                                person.organisationName(),
                                organisation == null ? "" : organisation.country(),
                                ((Number) row[1]).longValue(),
                                ((Number) row[2]).longValue()),
                        Participation::plus);
            }
        }
        var rows = byOrganisation.values().stream()
                .sorted(Comparator.comparing(Participation::country)
                        .thenComparing(Participation::organisation, String.CASE_INSENSITIVE_ORDER))
                .toList();
        CsvCells.write(out, PARTICIPATION_HEADER, csv -> {
            for (var row : rows) {
                csv.printRecord(CsvCells.safe(row.organisation()), row.country(), row.places(), row.attended());
            }
        });
    }
}
