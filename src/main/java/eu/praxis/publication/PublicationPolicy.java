package eu.praxis.publication;

import eu.praxis.security.Viewer;
import java.util.Collections;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Who does what with publications (DD030).
 * <ul>
 * <li>The secretariat publishes, edits and deletes publications and their files: a publication speaks for the network
 * (and a public one on the open web), so one editorial desk answers for it. Group leads send theirs to the
 * secretariat.
 * <li>A network publication is read by everyone who may log in, researchers included: publications are what the
 * network shares with research. A public one likewise, and by anyone without login.
 * <li>A publication for working groups is read by the active members of those groups (leads included) and the
 * secretariat; never by researchers, like a call for groups.
 * </ul>
 * The same rules hold for a publication's files and, through the search's permission filter, for its search hits.
 */
@Component
public class PublicationPolicy {

    public boolean mayAdminister(Viewer viewer) {
        return viewer.isAdmin();
    }

    /**
     * @param groupIds the publication's working groups
     * @param viewerGroupIds the groups the viewer is an active member of
     */
    public boolean maySee(
            Viewer viewer, PublicationVisibility visibility, Set<Long> groupIds, Set<Long> viewerGroupIds) {
        if (viewer.isAdmin() || visibility != PublicationVisibility.GROUPS) {
            return true;
        }
        return !viewer.isResearcher() && !Collections.disjoint(groupIds, viewerGroupIds);
    }

    /** Read without login: only public publications. */
    public boolean mayRead(PublicationVisibility visibility) {
        return visibility == PublicationVisibility.PUBLIC;
    }
}
