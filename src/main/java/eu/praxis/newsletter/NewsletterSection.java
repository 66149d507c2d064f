package eu.praxis.newsletter;

/** The parts of an issue, in the order it shows them. */
public enum NewsletterSection {
    NEWS,
    AGENDA,
    PRACTICES,
    CALLS;

    /** Message key of the section's heading. */
    public String headingKey() {
        return "newsletter.section." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
