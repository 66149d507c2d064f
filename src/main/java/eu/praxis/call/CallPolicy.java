package eu.praxis.call;

import eu.praxis.security.Role;
import eu.praxis.security.Viewer;
import java.util.Collections;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Who does what with calls and answers (DD028).
 * <ul>
 * <li>The secretariat publishes, edits and closes calls, sees every answer and decides on it.
 * <li>A call for the whole network is read by everyone who may log in; a call for working groups by the active
 * members of those groups (leads included) and the secretariat. Researchers read only calls for the whole network:
 * calls are the members' business, as a group's events are.
 * <li>Members answer for their organisation (researchers and the secretariat do not: an answer commits a member
 * organisation), one answer per organisation, and withdraw it, until the deadline.
 * <li>An answer is seen by the people of its organisation and, once sent (not a draft), the secretariat; never by
 * another organisation.
 * </ul>
 */
@Component
public class CallPolicy {

    public boolean mayAdminister(Viewer viewer) {
        return viewer.isAdmin();
    }

    /**
     * @param callGroupIds the call's groups, empty for the whole network
     * @param viewerGroupIds the groups the viewer is an active member of
     */
    public boolean maySee(Viewer viewer, Set<Long> callGroupIds, Set<Long> viewerGroupIds) {
        if (viewer.isAdmin() || callGroupIds.isEmpty()) {
            return true;
        }
        return !viewer.isResearcher() && !Collections.disjoint(callGroupIds, viewerGroupIds);
    }

    /** Answer a call the viewer sees, and withdraw the answer, for their organisation; the deadline is asked apart. */
    public boolean mayAnswer(Viewer viewer) {
        return viewer.role() == Role.MEMBER;
    }

    /** See an answer (its motivation, letter and status). */
    public boolean maySeeAnswer(Viewer viewer, long answeringOrganisationId, boolean draft) {
        return viewer.organisationId() == answeringOrganisationId || (viewer.isAdmin() && !draft);
    }
}
