package eu.praxis.event;

import eu.praxis.base.CsvCells;
import eu.praxis.base.UserFacingException;
import eu.praxis.event.EventPolicy.Viewer;
import eu.praxis.member.MemberService;
import eu.praxis.security.CurrentUser;
import java.io.OutputStream;
import java.time.Clock;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registration with a waiting list: taking and withdrawing one's place, and who registered, for the organisers.
 * Registrations for one event are taken one at a time by locking the event's row, so that no place is given
 * twice (and a unique key stops a person registering twice).
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class EventRegistrations {

    private final RegistrationRepository registrations;
    private final EventPolicy policy;
    private final EventLookup lookup;
    private final EventViewers viewers;
    private final WaitingList waitingList;
    private final MemberService members;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    EventRegistrations(
            RegistrationRepository registrations,
            EventPolicy policy,
            EventLookup lookup,
            EventViewers viewers,
            WaitingList waitingList,
            MemberService members,
            ApplicationEventPublisher publisher,
            Clock clock) {
        this.registrations = registrations;
        this.policy = policy;
        this.lookup = lookup;
        this.viewers = viewers;
        this.waitingList = waitingList;
        this.members = members;
        this.publisher = publisher;
        this.clock = clock;
    }

    /**
     * Registers the caller: a place while there are places, otherwise the waiting list. The event's row is
     * locked first, so that simultaneous registrations are counted one after the other.
     */
    @Transactional
    public RegistrationStatus register(long id) {
        var viewer = viewers.of(CurrentUser.require());
        var event = lookup.lockedVisible(id, viewer);
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
        var status = event.getCapacity() == null || confirmed < event.getCapacity()
                ? RegistrationStatus.CONFIRMED
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
        var viewer = viewers.of(CurrentUser.require());
        var event = lookup.lockedVisible(id, viewer);
        var mine = registrations
                .findByEventIdAndPersonId(id, viewer.user().personId())
                .orElseThrow(() -> new UserFacingException("event.error.not-registered"));
        if (event.isCancelled() || event.hasStarted(clock.instant())) {
            throw new UserFacingException(event.isCancelled() ? "event.error.cancelled" : "event.error.started");
        }
        registrations.delete(mine);
        registrations.flush();
        waitingList.promote(event, registrations.findByEventInOrder(id));
    }

    /** Who registered, places first, then the waiting list in order; for the organisers. */
    public List<RegistrationItem> registrations(long id) {
        return registrations(id, viewers.of(CurrentUser.require()));
    }

    /** The registrations as CSV (UTF-8, header row), written to {@code out} row by row; for the organisers. */
    public void exportRegistrations(long id, OutputStream out) {
        var rows = registrations(id, viewers.of(CurrentUser.require()));
        CsvCells.write(out, List.of("name", "email", "organisation", "status", "registered_at", "attended"), csv -> {
            for (var row : rows) {
                csv.printRecord(
                        CsvCells.safe(row.name()),
                        CsvCells.safe(row.email()),
                        CsvCells.safe(row.organisationName()),
                        row.status().name(),
                        row.registeredAt().toString(),
                        row.attended());
            }
        });
    }

    private List<RegistrationItem> registrations(long id, Viewer viewer) {
        lookup.organised(lookup.visible(id, viewer), viewer);
        var all = registrations.findByEventInOrder(id);
        var people =
                members.summaries(all.stream().map(Registration::getPersonId).toList());
        return all.stream()
                .filter(r -> people.containsKey(r.getPersonId()))
                .map(r -> {
                    var person = people.get(r.getPersonId());
                    return new RegistrationItem(
                            r.getPersonId(),
                            person.name(),
                            person.email(),
                            person.organisationName(),
                            r.getStatus(),
                            r.getRegisteredAt(),
                            r.hasAttended());
                })
                .toList();
    }
}
