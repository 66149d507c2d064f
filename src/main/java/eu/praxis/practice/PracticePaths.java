package eu.praxis.practice;

/**
 * The addresses of practices within the application, relative (no leading slash) as Vaadin routes take them; the
 * one place views, mails, notifications, search hits and the API build them from. {@link eu.praxis.base.web.Permalinks}
 * makes them absolute.
 */
public final class PracticePaths {

    /** The practice library. */
    public static final String LIBRARY = "practices";

    /** The review queue and the author's practices in review (DD031). */
    public static final String REVIEWS = "reviews";

    private PracticePaths() {}

    /** The practice's permalink: {@code practices/{id}/{slug}}. */
    public static String practice(long practiceId, String slug) {
        return LIBRARY + "/" + practiceId + "/" + slug;
    }

    /** The page without its slug; the page forwards to its permalink. */
    public static String practice(long practiceId) {
        return LIBRARY + "/" + practiceId;
    }

    /**
     * The stable address of one version, which citations name: {@code practices/{id}/v/{n}}. Those who may read the
     * history see that version there, others the current one (DD032).
     */
    public static String version(long practiceId, int versionNumber) {
        return practice(practiceId) + "/v/" + versionNumber;
    }

    public static String editor(long practiceId) {
        return practice(practiceId) + "/edit";
    }

    /** The editor of a new practice; {@code segment} names its type in the address. */
    public static String newPractice(String segment) {
        return LIBRARY + "/new/" + segment;
    }
}
