package eu.praxis.content;

import eu.praxis.base.UserFacingException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What moderators did to a piece of content (a thread, a reply, a practice): hidden, with the reason
 * shown to its author, and soft-deleted. One embeddable with the same column names in every table, so
 * that each feature keeps the rule of who still sees the content in its own policy. Hidden content is
 * seen by its author, the moderators of its place and admins; deleted content by admins only.
 */
@Embeddable
public class Moderation {

    public static final int REASON_MAX = 500;

    @Column(name = "hidden", nullable = false)
    private boolean hidden;

    @Column(name = "hidden_reason")
    private @Nullable String hiddenReason;

    @Column(name = "hidden_by")
    private @Nullable Long hiddenBy;

    @Column(name = "hidden_at")
    private @Nullable Instant hiddenAt;

    @Column(name = "deleted_at")
    private @Nullable Instant deletedAt;

    @Column(name = "deleted_by")
    private @Nullable Long deletedBy;

    /**
     * Hides (the reason is required, as its author is shown it), restores, deletes or undeletes the content; who may
     * is the content type's rule, checked before.
     *
     * @throws UserFacingException when the content is already in that state
     * @throws IllegalArgumentException for an action that is not about the content's visibility (pin, lock)
     */
    public void apply(ModerationAction action, long moderatorId, @Nullable String reason, Instant now) {
        switch (action) {
            case HIDE -> hide(moderatorId, Objects.requireNonNull(reason, "a reason to hide"), now);
            case RESTORE -> restore();
            case DELETE -> delete(moderatorId, now);
            case UNDELETE -> undelete();
            default -> throw new IllegalArgumentException(action + " does not change who sees the content");
        }
    }

    private void hide(long moderatorId, String reason, Instant now) {
        if (hidden) {
            throw new UserFacingException("error.moderation.already-hidden");
        }
        hidden = true;
        hiddenReason = reason;
        hiddenBy = moderatorId;
        hiddenAt = now;
    }

    private void restore() {
        if (!hidden) {
            throw new UserFacingException("error.moderation.not-hidden");
        }
        hidden = false;
        hiddenReason = null;
        hiddenBy = null;
        hiddenAt = null;
    }

    private void delete(long moderatorId, Instant now) {
        if (deletedAt != null) {
            throw new UserFacingException("error.moderation.already-deleted");
        }
        deletedAt = now;
        deletedBy = moderatorId;
    }

    private void undelete() {
        if (deletedAt == null) {
            throw new UserFacingException("error.moderation.not-deleted");
        }
        deletedAt = null;
        deletedBy = null;
    }

    /** Neither hidden nor deleted: everyone who may read its place sees it. */
    public boolean isPublic() {
        return !hidden && deletedAt == null;
    }

    public boolean isHidden() {
        return hidden;
    }

    public @Nullable String getHiddenReason() {
        return hiddenReason;
    }

    public @Nullable Long getHiddenBy() {
        return hiddenBy;
    }

    public @Nullable Instant getHiddenAt() {
        return hiddenAt;
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }

    public @Nullable Instant getDeletedAt() {
        return deletedAt;
    }

    public @Nullable Long getDeletedBy() {
        return deletedBy;
    }

    /**
     * A reason as moderators give it: trimmed, at most {@link #REASON_MAX} characters; null when blank.
     *
     * @throws UserFacingException when too long, or blank although {@code required}
     */
    public static @Nullable String reason(@Nullable String reason, boolean required) {
        var trimmed = reason == null ? "" : reason.strip();
        if (trimmed.length() > REASON_MAX || (required && trimmed.isEmpty())) {
            throw new UserFacingException("error.moderation.reason", REASON_MAX);
        }
        return trimmed.isEmpty() ? null : trimmed;
    }
}
