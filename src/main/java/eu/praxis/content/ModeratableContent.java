package eu.praxis.content;

import eu.praxis.security.Viewer;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A kind of content that moderators act on, implemented by the feature that owns it (one Spring bean per type).
 * The feature keeps its own rule of who moderates what (its policy); this interface only gives every type the
 * same shape, so that the queue, the menu and the audit treat them alike.
 */
public interface ModeratableContent {

    /** The type's key, as in the audit log and in {@link ContentModerated#targetType()}: {@code thread}, {@code reply}, {@code practice}. */
    String type();

    /**
     * What the viewer may do to the content now, from its state and the viewer's rights; empty when nothing, also
     * when the content does not exist or the viewer may not see it.
     */
    Set<ModerationAction> available(Viewer viewer, long id);

    /**
     * Applies the action as the moderator, in one transaction: checks that they may, changes the content, publishes
     * one {@link ContentModerated} and its {@link eu.praxis.base.AuditedAction}.
     *
     * @param reason as typed; required for {@link ModerationAction#HIDE} (see {@link Moderation#reason})
     * @throws eu.praxis.base.NotFoundException when it does not exist or the moderator may not see it
     * @throws org.springframework.security.access.AccessDeniedException when they may see it but not do this
     * @throws eu.praxis.base.UserFacingException when the action does not fit the state (already hidden, ...)
     */
    void apply(Viewer moderator, long id, ModerationAction action, @Nullable String reason);
}
