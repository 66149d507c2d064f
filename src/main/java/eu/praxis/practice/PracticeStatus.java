package eu.praxis.practice;

public enum PracticeStatus {
    /** Seen only by those who may edit it. */
    DRAFT,
    /** Seen by everyone who may see its groups (or the whole network). */
    PUBLISHED
}
