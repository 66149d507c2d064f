package eu.praxis.publication;

/** The addresses of publications within the application, relative (no leading slash). */
public final class PublicationPaths {

    /** The library of publications. */
    public static final String LIBRARY = "publications";
    /** The public pages, outside the members' layout. */
    public static final String PUBLIC = "public/publications";
    /** Where files are downloaded: {@code publication-files/{fileId}}. */
    public static final String FILES = "publication-files";

    private PublicationPaths() {}

    /** A publication's page for those logged in: {@code publications/{id}}. */
    public static String publication(long publicationId) {
        return LIBRARY + "/" + publicationId;
    }

    /** A public publication's page without login: {@code public/publications/{id}}. */
    public static String publicPage(long publicationId) {
        return PUBLIC + "/" + publicationId;
    }

    /** A file of a publication: {@code publication-files/{fileId}}. */
    public static String file(long fileId) {
        return FILES + "/" + fileId;
    }
}
