package eu.praxis.event;

import java.time.LocalDateTime;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/**
 * What the editor sends: times as the organiser reads them on a clock in {@code timeZone}.
 *
 * @param groupId the working group the event belongs to; leads may only schedule in a group they lead
 * @param groupMembersOnly with a group: only its active members are invited (otherwise the whole network)
 * @param capacity number of places; null for no limit
 * @param registrationDeadline last moment to register or cancel; null: the start
 */
public record EventDraft(
        EventKind kind,
        String title,
        @Nullable String description,
        LocalDateTime start,
        LocalDateTime end,
        ZoneId timeZone,
        @Nullable String place,
        @Nullable String onlineLink,
        @Nullable Long groupId,
        boolean groupMembersOnly,
        @Nullable Integer capacity,
        @Nullable LocalDateTime registrationDeadline) {}
