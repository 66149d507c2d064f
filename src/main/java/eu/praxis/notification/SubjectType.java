package eu.praxis.notification;

/** The kind of thing a notification is about; with its id it names the thing, the permalink leads to it. */
public enum SubjectType {
    THREAD,
    PRACTICE,
    GROUP,
    EVENT,
    REPORT,
    PROJECT,
    CALL
}
