package eu.praxis.notification;

import java.util.Locale;

/** How a person wants one kind of notification: every choice but {@link #OFF} keeps it in the app. */
public enum Delivery {
    OFF,
    IN_APP,
    IMMEDIATE,
    DAILY,
    WEEKLY;

    /** Whether notifications delivered so are recorded and shown in the app. */
    public boolean recorded() {
        return this != OFF;
    }

    /** Message key of the choice's name on the settings page. */
    public String labelKey() {
        return "notification.delivery." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Whether they wait for a digest. */
    public boolean digest() {
        return this == DAILY || this == WEEKLY;
    }
}
