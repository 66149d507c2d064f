package eu.praxis.event;

import eu.praxis.group.GroupAudience;
import eu.praxis.security.Viewer;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who of many people may see an event ({@link EventPolicy#maySee}), cheaply: one query for the event (and one for
 * its groups), two for the people's memberships in its groups, then the policy in memory; no logged-in person,
 * inside the caller's transaction. For background work such as notifications.
 */
@Component
public class EventReaders {

    /** An event as notifications name it, cancelled or not; {@code groupId} is its organising group. */
    public record EventTitle(
            long id, String title, @Nullable Long groupId) {}

    private final EventRepository events;
    private final GroupAudience groups;
    private final EventPolicy policy;

    EventReaders(EventRepository events, GroupAudience groups, EventPolicy policy) {
        this.events = events;
        this.groups = groups;
        this.policy = policy;
    }

    /** Empty for an unknown id. */
    @Transactional(readOnly = true)
    public Optional<EventTitle> event(long eventId) {
        return events.findById(eventId).map(e -> new EventTitle(eventId, e.getTitle(), e.getGroupId()));
    }

    @Transactional(readOnly = true)
    public Set<Long> whoMaySee(long eventId, Collection<? extends Viewer> people) {
        var found = events.findById(eventId);
        if (found.isEmpty() || people.isEmpty()) {
            return Set.of();
        }
        var event = found.get();
        var groupsOf = groups.groupIdsOf(people, event.getGroupIds());
        return people.stream()
                .filter(p -> policy.maySee(EventViewers.of(p, groupsOf.get(p.personId())), event))
                .map(Viewer::personId)
                .collect(Collectors.toSet());
    }

    public boolean maySee(Viewer viewer, long eventId) {
        return !whoMaySee(eventId, List.of(viewer)).isEmpty();
    }
}
