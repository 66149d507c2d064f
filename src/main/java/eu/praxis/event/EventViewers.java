package eu.praxis.event;

import eu.praxis.event.EventPolicy.Viewer;
import eu.praxis.group.GroupAccess;
import eu.praxis.group.MyGroupIds;
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
        return of(user, groups.myGroupIds());
    }

    /**
     * The viewer for any person with their groups, as the group feature reads them (for the logged-in person or, in
     * background work, for others). Researchers are never group members for events: what they see of groups is
     * their content, not their events.
     */
    static Viewer of(eu.praxis.security.Viewer person, MyGroupIds groups) {
        return new Viewer(person, person.isResearcher() ? Set.of() : groups.readable(), groups.led());
    }
}
