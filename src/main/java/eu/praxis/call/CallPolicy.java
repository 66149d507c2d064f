package eu.praxis.call;

import eu.praxis.security.Role;
import eu.praxis.security.Viewer;
import java.util.Collections;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Who does what with calls and answers (DD028).
 * <ul>
 * <li>The secretariat publishes, edits and closes calls, sees every answer and decides on it. For a project's call,
 * the members of the project's lead organisation review the answers too: they choose their partners.
 * <li>A call for the whole network is read by everyone who may log in; a call for working groups by the active
 * members of those groups (leads included) and the secretariat. Researchers read only calls for the whole network:
 * calls are the members' business, as a group's events are.
 * <li>Members answer for their organisation (researchers and the secretariat do not: an answer commits a member
 * organisation), one answer per organisation, and withdraw it, until the deadline.
 * <li>An answer is seen by the people of its organisation and, once sent (not a draft), by those who review the call;
 * never by another organisation.
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

    /**
     * See every sent answer to a call, decide on each and export them.
     *
     * @param projectLeadOrganisationId the organisation leading the call's project; null for a call without project
     */
    public boolean mayReview(Viewer viewer, @Nullable Long projectLeadOrganisationId) {
        return viewer.isAdmin()
                || (viewer.role() == Role.MEMBER
                        && projectLeadOrganisationId != null
                        && projectLeadOrganisationId == viewer.organisationId());
    }

    /**
     * See an answer (its motivation, letter and status).
     *
     * @param reviewer whether the viewer reviews the call ({@link #mayReview})
     */
    public boolean maySeeAnswer(Viewer viewer, long answeringOrganisationId, boolean draft, boolean reviewer) {
        return viewer.organisationId() == answeringOrganisationId || (reviewer && !draft);
    }
}
