package eu.praxis.practice;

import eu.praxis.content.ContentModerated;
import eu.praxis.content.ModeratableContent;
import eu.praxis.content.Moderation;
import eu.praxis.content.ModerationAction;
import eu.praxis.security.Viewer;
import java.time.Clock;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Practices as moderated content: moderators ({@link PracticePolicy#mayModerate}: the secretariat, the leads of a
 * sharing group, never on their own practice) hide, restore and delete them; only the secretariat brings a
 * deleted one back. Each action publishes one {@link ContentModerated} with its {@link eu.praxis.base.AuditedAction}
 * ({@code practice.hide}, ...). An edit with a reason is {@link PracticeEditing}'s.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional
public class PracticeModeration implements ModeratableContent {

    /** The type's key in {@link eu.praxis.content.ContentModeration}, the audit log and {@link ContentModerated}. */
    public static final String TYPE = "practice";

    private final PracticePolicy policy;
    private final PracticeViewers viewers;
    private final PracticeAccess access;
    private final PracticeModerationLog moderationLog;
    private final Clock clock;

    PracticeModeration(
            PracticePolicy policy,
            PracticeViewers viewers,
            PracticeAccess access,
            PracticeModerationLog moderationLog,
            Clock clock) {
        this.policy = policy;
        this.viewers = viewers;
        this.access = access;
        this.moderationLog = moderationLog;
        this.clock = clock;
    }

    /** Asked while the application starts, by nobody in particular: open to all. */
    @Override
    @PreAuthorize("permitAll()")
    public String type() {
        return TYPE;
    }

    @Override
    @Transactional(readOnly = true)
    public Set<ModerationAction> available(Viewer viewer, long id) {
        var practiceViewer = viewers.of(viewer);
        return access.find(id, practiceViewer)
                .map(practice -> policy.moderationActions(practiceViewer, practice))
                .orElse(Set.of());
    }

    /**
     * Hide (with the reason shown to the author: hidden from everyone but the author, the moderators and admins),
     * restore, delete (only admins still see it, marked) or undelete (the secretariat only).
     */
    @Override
    public void apply(Viewer moderator, long id, ModerationAction action, @Nullable String reason) {
        var viewer = viewers.of(moderator);
        if (action == ModerationAction.UNDELETE && !policy.mayUndelete(viewer)) {
            throw new AccessDeniedException("Only the secretariat restores deleted practices");
        }
        var practice = access.forModerator(id, viewer, policy::mayModerate);
        var why = Moderation.reason(reason, action.reasonRequired());
        practice.getModeration().apply(action, viewer.user().personId(), why, clock.instant());
        moderationLog.moderated(viewer, practice, action.verb(), why);
    }
}
