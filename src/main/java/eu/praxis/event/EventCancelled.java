package eu.praxis.event;

import java.util.Set;

/** An event was cancelled; {@code registeredPersonIds}: everyone who was registered, waiting list included. */
public record EventCancelled(long eventId, Set<Long> registeredPersonIds) {

    public EventCancelled {
        registeredPersonIds = Set.copyOf(registeredPersonIds);
    }
}
