package eu.praxis.event;

import java.util.Set;

/**
 * An admin or a group's lead scheduled an event.
 *
 * @param groupIds all the working groups it is for, the organising one included; empty for the whole network
 * @param actorId who scheduled it
 */
public record EventScheduled(long eventId, Set<Long> groupIds, long actorId) {

    public EventScheduled {
        groupIds = Set.copyOf(groupIds);
    }
}
