package eu.praxis.base.files;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where the bytes of uploaded files live, named by the SHA-256 of their content so that the same file
 * uploaded twice is stored once. The one place to swap for object storage.
 */
public interface FileStore {

    /**
     * Streams the content to a staging file (never all in memory), refusing it with
     * {@code files.error.too-large} beyond the maximum size, runs the check on the staged file and only
     * then makes it visible under its hash. A refused or failed upload leaves nothing behind.
     */
    StoredFile store(InputStream content, String fileName, ContentCheck check) throws IOException;

    default StoredFile store(InputStream content) throws IOException {
        return store(content, "", ContentCheck.NONE);
    }

    /** @throws java.nio.file.NoSuchFileException when nothing is stored under this hash */
    InputStream open(String sha256) throws IOException;

    boolean exists(String sha256);

    /** Removes the content; callers make sure that nothing refers to it any more. Absent content is fine. */
    void delete(String sha256) throws IOException;
}
