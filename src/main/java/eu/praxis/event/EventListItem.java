package eu.praxis.event;

import java.time.Instant;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/**
 * An event as the calendar lists it, with the viewer's registration if any. Equality by id.
 *
 * @param placesLeft null when the event has no limit
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
        @Nullable String groupName,
        EventStatus status,
        @Nullable Integer placesLeft,
        @Nullable RegistrationStatus myRegistration) {

    @Override
    public boolean equals(Object o) {
        return o instanceof EventListItem other && other.id == id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }
}
