package eu.praxis.moderation;

import java.util.Locale;

/** Why a member reports content; {@link #OTHER} needs a text. Shown through {@code moderation.reason.<key>}. */
public enum ReportReason {
    SPAM,
    OFF_TOPIC,
    ABUSIVE,
    CONFIDENTIAL,
    OTHER;

    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
