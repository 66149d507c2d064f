package eu.praxis.group;

/**
 * The addresses of working groups within the application, relative (no leading slash); the one place views, mails
 * and notifications build them from.
 */
public final class GroupPaths {

    private GroupPaths() {}

    /** The group's page: {@code groups/{slug}}. */
    public static String group(String slug) {
        return "groups/" + slug;
    }
}
