package eu.praxis.practice;

/**
 * A reviewer approved a submitted practice (then {@link PracticePublished} follows) or sent it back to its author
 * with a comment (DD031). Notifications listen.
 */
public record PracticeReviewed(long practiceId, long reviewerId, long authorId, boolean approved) {}
