package eu.praxis.practice;

import eu.praxis.group.GroupAccess;
import eu.praxis.group.GroupAudience;
import eu.praxis.practice.PracticePolicy.Viewer;
import eu.praxis.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Builds the {@link PracticePolicy.Viewer} the practice services decide for: the logged-in person, read once at a
 * service's entry, with the groups they read and lead (one look-up of their memberships) and those of them that review publications.
 */
@Component
class PracticeViewers {

    private final GroupAccess groups;
    private final GroupAudience groupAudience;

    PracticeViewers(GroupAccess groups, GroupAudience groupAudience) {
        this.groups = groups;
        this.groupAudience = groupAudience;
    }

    /** For a lead, one more look-up: which of their groups review publications (DD031). */
    Viewer current() {
        var mine = groups.myGroupIds();
        return new Viewer(
                CurrentUser.require(), mine.readable(), mine.led(), groupAudience.reviewingPublications(mine.led()));
    }

    /**
     * The viewer for a person a caller names. The group look-up only knows the logged-in person's memberships, so
     * only they can be named here; anyone else is refused rather than judged with the wrong groups.
     */
    Viewer of(eu.praxis.security.Viewer person) {
        var viewer = current();
        if (viewer.user().personId() != person.personId()) {
            throw new IllegalArgumentException("Practices are judged for the logged-in person only");
        }
        return viewer;
    }
}
