package eu.praxis.event;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the editor sends: times as the organiser reads them on a clock in {@code timeZone}.
 *
 * @param groupId the organising working group; none for an event of the whole network (the secretariat's)
 * @param otherGroupIds further groups it is also for (a joint session); only with an organising group. Leads may
 *        only add or take away groups they lead ({@link EventPolicy#mayPlaceIn})
 * @param groupMembersOnly with a group: only the members of its groups are invited (otherwise the whole network)
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
        Set<Long> otherGroupIds,
        boolean groupMembersOnly,
        @Nullable Integer capacity,
        @Nullable LocalDateTime registrationDeadline) {

    public EventDraft {
        otherGroupIds = Set.copyOf(otherGroupIds);
    }

    /** All its groups, the organising one included; empty for the whole network. */
    public Set<Long> groupIds() {
        var all = new HashSet<>(otherGroupIds);
        if (groupId != null) {
            all.add(groupId);
        }
        return Set.copyOf(all);
    }
}
