package eu.praxis.newsletter;

/** An issue is prepared and edited, then sent to its recipients one by one, then done. */
public enum NewsletterStatus {
    DRAFT,
    SENDING,
    SENT
}
