package eu.praxis.call;

import eu.praxis.base.NotFoundException;
import eu.praxis.group.GroupAccess;
import eu.praxis.security.Viewer;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Finds a call for the services, as the viewer may see it: a call they may not see is "not found". */
@Component
class CallLookup {

    private final CallRepository calls;
    private final GroupAccess groups;
    private final CallPolicy policy;

    CallLookup(CallRepository calls, GroupAccess groups, CallPolicy policy) {
        this.calls = calls;
        this.groups = groups;
        this.policy = policy;
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

    private Call checked(Call call, Viewer viewer) {
        if (!policy.maySee(viewer, call.getGroupIds(), myGroupIds())) {
            throw new NotFoundException();
        }
        return call;
    }
}
