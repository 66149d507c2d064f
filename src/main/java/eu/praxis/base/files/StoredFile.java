package eu.praxis.base.files;

/**
 * A file in the {@link FileStore}, named by the SHA-256 of its content.
 *
 * @param created true when this call wrote the content; false when the same content was already stored
 *     (for another attachment, perhaps of another person), which a caller must then never delete on its own
 */
public record StoredFile(String sha256, long size, boolean created) {}
