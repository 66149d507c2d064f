package eu.praxis.security;

/**
 * Whoever something is shown to or done by: the logged-in person ({@link PraxisUser}), or any other person a
 * background task decides for (a notification's recipient, a mentioned colleague). Rules that decide
 * visibility take a viewer as an argument; they never learn it by running as somebody.
 */
public interface Viewer {

    long personId();

    long organisationId();

    Role role();

    default boolean isAdmin() {
        return role() == Role.ADMIN;
    }

    default boolean isResearcher() {
        return role() == Role.RESEARCHER;
    }

    /** A viewer for a person who is not the one logged in here; only people who may log in should be built so. */
    static Viewer of(long personId, long organisationId, Role role) {
        return new PersonViewer(personId, organisationId, role);
    }

    /** The viewer behind {@link #of}. */
    record PersonViewer(long personId, long organisationId, Role role) implements Viewer {}
}
