package eu.praxis.event;

import eu.praxis.event.EventPolicy.Viewer;
import eu.praxis.group.GroupService;
import eu.praxis.security.CurrentUser;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The current person as {@link EventPolicy} sees them: the groups they are a member of and those they lead. */
@Component
class EventViewers {

    private final GroupService groups;

    EventViewers(GroupService groups) {
        this.groups = groups;
    }

    Viewer current() {
        var user = CurrentUser.require();
        var mine = groups.myGroupIds();
        // Researchers are never group members; what they see of groups is their content, not their events.
        return new Viewer(user, user.isResearcher() ? Set.of() : mine.readable(), mine.led());
    }
}
