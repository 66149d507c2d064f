package eu.praxis.event;

import java.util.Set;

/**
 * An event starts within 24 hours; published once per event, by whichever node claimed it first.
 * {@code registeredPersonIds}: the people with a confirmed place.
 */
public record EventReminderDue(long eventId, Set<Long> registeredPersonIds) {

    public EventReminderDue {
        registeredPersonIds = Set.copyOf(registeredPersonIds);
    }
}
