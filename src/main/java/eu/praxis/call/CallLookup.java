package eu.praxis.call;

import eu.praxis.base.NotFoundException;
import eu.praxis.group.GroupAccess;
import eu.praxis.project.ProjectDirectory;
import eu.praxis.security.Viewer;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Finds a call for the services, as the viewer may see it: a call they may not see is "not found". */
@Component
class CallLookup {

    private final CallRepository calls;
    private final GroupAccess groups;
    private final CallPolicy policy;

    private final ProjectDirectory projects;

    CallLookup(CallRepository calls, GroupAccess groups, CallPolicy policy, ProjectDirectory projects) {
        this.calls = calls;
        this.groups = groups;
        this.policy = policy;
        this.projects = projects;
    }

    /** The groups the logged-in viewer is an active member of (every group for the secretariat). */
    Set<Long> myGroupIds() {
        return groups.myGroupIds().readable();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    Call visible(long id, Viewer viewer) {
        return checked(calls.findById(id).orElseThrow(NotFoundException::new), viewer);
    }

    /** The call's row locked, so that answers and withdrawals of one call are taken one at a time. */
    @Transactional(propagation = Propagation.MANDATORY)
    Call lockedVisible(long id, Viewer viewer) {
        return checked(calls.findLocked(id).orElseThrow(NotFoundException::new), viewer);
    }

    /**
     * The call, if the viewer reviews its answers ({@link CallPolicy#mayReview}).
     *
     * @throws NotFoundException when the viewer may not see the call
     * @throws AccessDeniedException when they see it but do not review it
     */
    @Transactional(propagation = Propagation.MANDATORY)
    Call reviewable(long id, Viewer viewer) {
        var call = visible(id, viewer);
        if (!mayReview(call, viewer)) {
            throw new AccessDeniedException("Only the secretariat and the project's lead organisation review answers");
        }
        return call;
    }

    boolean mayReview(Call call, Viewer viewer) {
        var projectId = call.getProjectId();
        return policy.mayReview(
                viewer,
                projectId == null || viewer.isAdmin()
                        ? null
                        : projects.leadOrganisation(projectId).orElse(null));
    }

    private Call checked(Call call, Viewer viewer) {
        if (!policy.maySee(viewer, call.getGroupIds(), myGroupIds())) {
            throw new NotFoundException();
        }
        return call;
    }
}
