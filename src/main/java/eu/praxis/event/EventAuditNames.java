package eu.praxis.event;

import eu.praxis.base.AuditTargetNames;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Names events in the audit log by their titles, cancelled ones included. */
@Component
@Transactional(readOnly = true)
class EventAuditNames implements AuditTargetNames {

    private final EventRepository events;

    EventAuditNames(EventRepository events) {
        this.events = events;
    }

    @Override
    public Set<String> targetTypes() {
        return Set.of("event");
    }

    @Override
    public Map<Long, String> names(String targetType, Collection<Long> ids) {
        return events.findAllById(ids).stream().collect(Collectors.toMap(Event::getId, Event::getTitle));
    }
}
