package eu.praxis.event;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An event as the calendar lists it, with the viewer's registration if any. Equality by id.
 *
 * @param groupId its organising group, if any
 * @param groupNames the names of its groups, the organising one first; empty for the whole network's
 * @param placesLeft null when the event has no limit
 * @param mayRegister a Register button makes sense (the service checks again)
 */
public record EventListItem(
        long id,
        EventKind kind,
        String title,
        Instant startsAt,
        Instant endsAt,
        ZoneId timeZone,
        @Nullable String place,
        boolean online,
        @Nullable Long groupId,
        List<String> groupNames,
        EventStatus status,
        @Nullable Integer placesLeft,
        @Nullable RegistrationStatus myRegistration,
        boolean mayRegister) {

    public EventListItem {
        groupNames = List.copyOf(groupNames);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EventListItem other && other.id == id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }
}
