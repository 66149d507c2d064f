package eu.praxis.practice;

import eu.praxis.base.NotFoundException;
import eu.praxis.base.UserFacingException;
import eu.praxis.practice.PracticePolicy.Viewer;
import java.util.Optional;
import java.util.function.BiPredicate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads a practice for a viewer, for the library, the editing and the moderation services: a practice the viewer
 * may not see is "not found", exactly like an unknown id, so that ids cannot be probed.
 */
@Component
class PracticeAccess {

    private final PracticeRepository practices;
    private final PracticePolicy policy;

    PracticeAccess(PracticeRepository practices, PracticePolicy policy) {
        this.practices = practices;
        this.policy = policy;
    }

    /** The practice if it exists and the viewer may see it. */
    @Transactional(propagation = Propagation.MANDATORY)
    Optional<Practice> find(long id, Viewer viewer) {
        return practices.findById(id).filter(practice -> policy.maySee(viewer, practice));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    Practice visible(long id, Viewer viewer) {
        return find(id, viewer).orElseThrow(NotFoundException::new);
    }

    /**
     * The practice for a moderator's act that {@code rule} allows ({@link PracticePolicy#mayModerate},
     * {@link PracticePolicy#mayRedact}); a moderator of it who may not act (on their own practice) is told why.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    Practice forModerator(long id, Viewer viewer, BiPredicate<Viewer, Practice> rule) {
        var practice = visible(id, viewer);
        if (!rule.test(viewer, practice)) {
            if (policy.moderates(viewer, practice)) {
                throw new UserFacingException("practice.error.own-practice");
            }
            throw new AccessDeniedException("Not a moderator of practice " + id);
        }
        return practice;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    Practice editable(long id, Viewer viewer) {
        var practice = visible(id, viewer);
        if (!policy.mayEdit(viewer, practice)) {
            throw new UserFacingException("practice.error.may-not-edit");
        }
        return practice;
    }

    /**
     * {@link #editable}, for a change of its text or attachments: not while it waits for review (DD031), so that what
     * a reviewer approves is what they read; its editors take it back to draft first.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    Practice changeable(long id, Viewer viewer) {
        var practice = editable(id, viewer);
        if (practice.isSubmitted()) {
            throw new UserFacingException("practice.error.in-review");
        }
        return practice;
    }
}
