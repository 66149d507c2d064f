package eu.praxis.event;

import eu.praxis.base.NotFoundException;
import eu.praxis.base.UserFacingException;
import eu.praxis.event.EventPolicy.Viewer;
import org.springframework.stereotype.Component;

/**
 * Loads an event for the calendar, scheduling and registration services: an event the viewer may not see is
 * "not found", and only its organisers may change it.
 */
@Component
class EventLookup {

    private final EventRepository events;
    private final EventPolicy policy;

    EventLookup(EventRepository events, EventPolicy policy) {
        this.events = events;
        this.policy = policy;
    }

    Event visible(long id, Viewer viewer) {
        return seen(events.findById(id).orElseThrow(NotFoundException::new), viewer);
    }

    /**
     * The event with its row locked until the transaction ends: registrations and changes to one event are taken
     * one after the other, so that no place is given twice.
     */
    Event lockedVisible(long id, Viewer viewer) {
        return seen(events.findByIdForUpdate(id).orElseThrow(NotFoundException::new), viewer);
    }

    Event organised(Event event, Viewer viewer) {
        if (!policy.mayOrganise(viewer, event)) {
            throw new UserFacingException("event.error.may-not-edit");
        }
        return event;
    }

    private Event seen(Event event, Viewer viewer) {
        if (!policy.maySee(viewer, event)) {
            throw new NotFoundException();
        }
        return event;
    }
}
