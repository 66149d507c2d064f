package eu.praxis.event;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An event's page. {@code onlineLink} is filled only for people with a confirmed place and for the
 * organisers (the service decides, not the view); {@code online} says whether there is one at all.
 *
 * @param descriptionHtml the description rendered from Markdown and sanitised
 * @param descriptionMarkdown the source, for the editor
 * @param groupId the organising group, if any; {@code groupName} its name
 * @param otherGroups the further groups it is for (a joint session), names by id
 * @param placesLeft null when the event has no limit
 * @param waitingPosition the viewer's place in the waiting list (1 = next), if waiting
 * @param mayEdit the viewer organises it: may edit, cancel and see the registrations
 * @param mayRegister the viewer may register now (not yet registered, registration open, allowed to)
 * @param mayCancelRegistration the viewer is registered and may still cancel
 * @param mayRecordAttendance the viewer organises it and it has started: may mark who attended
 * @param mayExportParticipation the viewer may export participation per organisation and country (the secretariat)
 */
public record EventDetails(
        long id,
        int version,
        EventKind kind,
        String title,
        String descriptionHtml,
        String descriptionMarkdown,
        Instant startsAt,
        Instant endsAt,
        ZoneId timeZone,
        @Nullable String place,
        boolean online,
        @Nullable String onlineLink,
        @Nullable Long groupId,
        @Nullable String groupName,
        Map<Long, String> otherGroups,
        EventAudience audience,
        @Nullable Integer capacity,
        int confirmedCount,
        int waitingCount,
        @Nullable Integer placesLeft,
        Instant registrationDeadline,
        EventStatus status,
        int sequence,
        @Nullable RegistrationStatus myRegistration,
        @Nullable Integer waitingPosition,
        boolean mayEdit,
        boolean mayRegister,
        boolean mayCancelRegistration,
        boolean mayRecordAttendance,
        boolean mayExportParticipation) {

    public EventDetails {
        otherGroups = Map.copyOf(otherGroups);
    }
}
