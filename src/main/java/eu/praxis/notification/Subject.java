package eu.praxis.notification;

/**
 * What a notification is about: type and id, the title as it was when the notification was made (shown
 * even if the thing is renamed or gone), and the path of its page relative to the application root.
 */
public record Subject(SubjectType type, long id, String title, String permalink) {

    public static final int TITLE_MAX = 300;
    public static final int PERMALINK_MAX = 500;

    public Subject {
        title = title.length() > TITLE_MAX ? title.substring(0, TITLE_MAX - 1) + "…" : title;
        if (permalink.length() > PERMALINK_MAX || permalink.startsWith("/") || permalink.contains("://")) {
            throw new IllegalArgumentException("A permalink is a path inside the application: " + permalink);
        }
    }
}
