package eu.praxis.event;

import eu.praxis.base.AuditTargetNamesOf;
import org.springframework.stereotype.Component;

/** Names events in the audit log by their titles, cancelled ones included. */
@Component
class EventAuditNames extends AuditTargetNamesOf<Event> {

    EventAuditNames(EventRepository events) {
        super("event", events::findAllById, Event::getId, Event::getTitle);
    }
}
