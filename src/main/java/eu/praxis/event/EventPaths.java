package eu.praxis.event;

/**
 * The addresses of events within the application, relative (no leading slash); the one place views, mails,
 * notifications, search hits and iCalendar files build them from.
 */
public final class EventPaths {

    /** The calendar of events. */
    public static final String CALENDAR = "events";

    private EventPaths() {}

    /** The event's page: {@code events/{id}}. */
    public static String event(long eventId) {
        return CALENDAR + "/" + eventId;
    }

    /** The event as an iCalendar file: {@code events/{id}.ics}. */
    public static String icsFile(long eventId) {
        return event(eventId) + ".ics";
    }

    /** A person's calendar feed, whose secret token is the credential: {@code calendar/{token}.ics}. */
    public static String feed(String token) {
        return "calendar/" + token + ".ics";
    }
}
