package eu.praxis.practice;

public enum PracticeStatus {
    /** Seen only by those who may edit it. */
    DRAFT,
    /**
     * Published to a group whose publications are reviewed (or, when so configured, to the whole network): waits for
     * a reviewer, seen only by those who may edit it and by its reviewers (DD031).
     */
    SUBMITTED,
    /** Seen by everyone who may see its groups (or the whole network). */
    PUBLISHED
}
