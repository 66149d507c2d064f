package eu.praxis.moderation;

/** Open until a moderator dismisses it or acts on the content. */
public enum ReportStatus {
    OPEN,
    DISMISSED,
    RESOLVED
}
