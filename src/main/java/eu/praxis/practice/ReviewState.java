package eu.praxis.practice;

import org.jspecify.annotations.Nullable;

/**
 * Where a practice stands in review (DD031), for its page: {@code inReview} while submitted, {@code reviewComment} the
 * changes a reviewer asked for (only for those who may edit it: its author's organisation), {@code mayReview} whether
 * the viewer may approve it or send it back.
 */
public record ReviewState(boolean inReview, @Nullable String reviewComment, boolean mayReview) {

    public static final ReviewState NONE = new ReviewState(false, null, false);
}
