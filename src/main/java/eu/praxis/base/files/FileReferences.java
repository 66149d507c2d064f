package eu.praxis.base.files;

/**
 * A feature whose rows name content of the file store by its hash (a practice's attachments, an answer's letter).
 * The store keeps identical content once for all features, so content may only go when no feature names it any
 * more ({@link Uploads#releaseAfterCommit}, DD029).
 */
public interface FileReferences {

    /** Whether a row of this feature names the content, as the caller's transaction sees it. */
    boolean names(String sha256);
}
