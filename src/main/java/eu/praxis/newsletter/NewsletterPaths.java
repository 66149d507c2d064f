package eu.praxis.newsletter;

/** Where the newsletter's pages are. */
public final class NewsletterPaths {

    public static final String ARCHIVE = "newsletters";
    public static final String OFFICE = "admin/newsletters";

    private NewsletterPaths() {}

    public static String issue(long id) {
        return ARCHIVE + "/" + id;
    }
}
