package eu.praxis.moderation;

import java.util.Locale;

/**
 * What moderators decided on reported content; each resolves every open report of it. {@link #key()} names
 * the audit action {@code report.<key>} and the reporter's mail {@code moderation.mail.resolved.<key>}.
 */
public enum ReportOutcome {
    /** Nothing to do: the reports were unfounded. */
    DISMISSED,
    HIDDEN,
    DELETED,
    /** Its thread takes no more replies. */
    LOCKED,
    /** Its author was written to. */
    WARNED;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
