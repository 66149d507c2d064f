package eu.praxis.event;

import eu.praxis.event.EventPolicy.Viewer;
import eu.praxis.group.GroupAccess;
import eu.praxis.security.PraxisUser;
import java.util.Set;
import org.springframework.stereotype.Component;

/** A person as {@link EventPolicy} sees them: the groups they are a member of and those they lead. */
@Component
class EventViewers {

    private final GroupAccess groups;

    EventViewers(GroupAccess groups) {
        this.groups = groups;
    }

    /** The viewer for the logged-in {@code user}, whom the calling service read once at its entry. */
    Viewer of(PraxisUser user) {
        var mine = groups.myGroupIds();
        // Researchers are never group members; what they see of groups is their content, not their events.
        return new Viewer(user, user.isResearcher() ? Set.of() : mine.readable(), mine.led());
    }
}
