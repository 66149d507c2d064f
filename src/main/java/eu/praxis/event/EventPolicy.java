package eu.praxis.event;

import java.time.Instant;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Who may see, organise and register for events (see DD012). Group-dependent answers come in with the
 * {@link Viewer}, so that the rules are plain functions and the calendar's query applies the same ones.
 * <ul>
 * <li>Organisers: the secretariat for every event, a group's leads for the events of their group, including the
 * joint events of their group with others. A lead adds or takes away only groups they lead.
 * <li>Members see the network's events and those of any group they are an active member of.
 * <li>Researchers see only events for the whole network, never a general assembly (it is the members'),
 * and may register only for webconferences: following a webconference is reading, not taking part.
 * </ul>
 */
@Component
public class EventPolicy {

    /** The person asking, with the groups they are an active member of and those they lead. */
    public record Viewer(eu.praxis.security.Viewer user, Set<Long> memberGroupIds, Set<Long> ledGroupIds) {

        public Viewer {
            memberGroupIds = Set.copyOf(memberGroupIds);
            ledGroupIds = Set.copyOf(ledGroupIds);
        }
    }

    public boolean maySee(Viewer viewer, Event event) {
        if (mayOrganise(viewer, event)) {
            return true;
        }
        if (viewer.user().isResearcher()) {
            return event.getAudience() == EventAudience.NETWORK && event.getKind() != EventKind.GENERAL_ASSEMBLY;
        }
        return event.getAudience() == EventAudience.NETWORK
                || !Collections.disjoint(event.getGroupIds(), viewer.memberGroupIds());
    }

    /** Edit, cancel, see and export the registrations, record attendance. */
    public boolean mayOrganise(Viewer viewer, Event event) {
        var user = viewer.user();
        return !user.isResearcher()
                && (user.isAdmin() || !Collections.disjoint(event.getGroupIds(), viewer.ledGroupIds()));
    }

    /** Schedule an event in a group (null: for the network as a whole, which only the secretariat does). */
    public boolean mayScheduleIn(Viewer viewer, @Nullable Long groupId) {
        var user = viewer.user();
        if (user.isResearcher()) {
            return false;
        }
        return user.isAdmin() || groupId != null && viewer.ledGroupIds().contains(groupId);
    }

    /**
     * Whether the viewer may give an event the groups {@code after} instead of {@code before} (empty: the whole
     * network; both empty for a new event): every group added or taken away must be one they schedule in, so that a
     * lead never takes another group's event from it nor puts one in a group they do not lead; making an event the
     * whole network's is the secretariat's.
     */
    public boolean mayPlaceIn(Viewer viewer, Set<Long> before, Set<Long> after) {
        if (after.isEmpty() && !mayScheduleIn(viewer, null)) {
            return false;
        }
        var changed = new HashSet<>(before);
        changed.addAll(after);
        changed.removeIf(id -> before.contains(id) && after.contains(id));
        return changed.stream().allMatch(id -> mayScheduleIn(viewer, id));
    }

    /**
     * Record who attended: the organisers, once the event has started (before, nobody has attended yet), never for a
     * cancelled one.
     */
    public boolean mayRecordAttendance(Viewer viewer, Event event, Instant now) {
        return mayOrganise(viewer, event) && !event.isCancelled() && event.hasStarted(now);
    }

    /** Participation per organisation and country, across the network: the secretariat's. */
    public boolean mayExportParticipation(Viewer viewer) {
        return viewer.user().isAdmin();
    }

    /** Whether the "new event" button makes sense: the secretariat and the leads of at least one group. */
    public boolean mayScheduleAny(Viewer viewer) {
        return !viewer.user().isResearcher()
                && (viewer.user().isAdmin() || !viewer.ledGroupIds().isEmpty());
    }

    /** Whether the viewer may take a place (when registration is open); seeing the event is asked separately. */
    public boolean mayRegister(Viewer viewer, Event event) {
        return !viewer.user().isResearcher() || event.getKind() == EventKind.WEBCONFERENCE;
    }

    /** The online link: organisers and people with a confirmed place (not those waiting). */
    public boolean maySeeLink(Viewer viewer, Event event, @Nullable RegistrationStatus mine) {
        return mayOrganise(viewer, event) || mine == RegistrationStatus.CONFIRMED;
    }
}
