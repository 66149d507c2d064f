package eu.praxis.practice;

import eu.praxis.base.UserFacingException;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A reviewer's verdict on a practice's evidence (DD032): the secretariat or a lead of a sharing group sets its
 * {@link EvidenceLevel}, never its author's organisation ({@link PracticePolicy#maySetEvidenceLevel}). The verdict is
 * a new version of the practice (so that citations name the level they quote) and an entry of the audit log,
 * {@code practice.evidence-level} with the level as its detail.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional
public class PracticeEvidence {

    private final PracticeViewers viewers;
    private final PracticeAccess access;
    private final PracticePolicy policy;
    private final PracticeModerationLog moderationLog;
    private final Clock clock;

    PracticeEvidence(
            PracticeViewers viewers,
            PracticeAccess access,
            PracticePolicy policy,
            PracticeModerationLog moderationLog,
            Clock clock) {
        this.viewers = viewers;
        this.access = access;
        this.policy = policy;
        this.moderationLog = moderationLog;
        this.clock = clock;
    }

    /**
     * Sets the practice's evidence level, or takes it back ({@code null}); setting the level it has changes nothing.
     *
     * @throws UserFacingException to its author's organisation, who may not judge their own practice, and for a draft
     * @throws AccessDeniedException to anyone else who does not review it
     */
    public void setEvidenceLevel(long id, @Nullable EvidenceLevel level) {
        var viewer = viewers.current();
        var practice = access.visible(id, viewer);
        if (!policy.maySetEvidenceLevel(viewer, practice)) {
            if (policy.moderates(viewer, practice) || policy.mayEdit(viewer, practice)) {
                throw new UserFacingException("practice.error.evidence-level");
            }
            throw new AccessDeniedException("Not a reviewer of practice " + id);
        }
        if (practice.getEvidenceLevel() == level) {
            return;
        }
        practice.evidenceLevel(level, clock.instant());
        moderationLog.audited(viewer, practice, "evidence-level", level == null ? "none" : level.code());
    }
}
