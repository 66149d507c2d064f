package eu.praxis.event;

import java.util.Set;

/** An event was edited; {@code registeredPersonIds}: everyone registered, waiting list included. */
public record EventChanged(long eventId, Set<Long> registeredPersonIds) {

    public EventChanged {
        registeredPersonIds = Set.copyOf(registeredPersonIds);
    }
}
