package eu.praxis.event;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Who may see, organise and register for events (see DD012). Group-dependent answers come in with the
 * {@link Viewer}, so that the rules are plain functions and the calendar's query applies the same ones.
 * <ul>
 * <li>Organisers: the secretariat for every event, a group's leads for the events of their group.
 * <li>Members see the network's events and those of the groups they are active members of.
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
                || event.getGroupId() != null && viewer.memberGroupIds().contains(event.getGroupId());
    }

    /** Edit, cancel, see and export the registrations. */
    public boolean mayOrganise(Viewer viewer, Event event) {
        return mayScheduleIn(viewer, event.getGroupId());
    }

    /** Schedule an event in a group (null: for the network as a whole, which only the secretariat does). */
    public boolean mayScheduleIn(Viewer viewer, @Nullable Long groupId) {
        var user = viewer.user();
        if (user.isResearcher()) {
            return false;
        }
        return user.isAdmin() || groupId != null && viewer.ledGroupIds().contains(groupId);
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
