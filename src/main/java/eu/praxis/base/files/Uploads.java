package eu.praxis.base.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Component;

/**
 * The one call a feature makes for an upload: stream it into the store, inspect it on the way and refuse
 * it with a {@link eu.praxis.base.UserFacingException}, leaving nothing behind. Who may upload where is the
 * calling feature's rule, not this class's.
 */
@Component
public class Uploads {

    private final FileStore store;
    private final UploadInspector inspector;
    private final TextExtractor extractor;

    Uploads(FileStore store, UploadInspector inspector, TextExtractor extractor) {
        this.store = store;
        this.inspector = inspector;
        this.extractor = extractor;
    }

    /**
     * @param fileName as given by the uploader; its extension must fit the content's type
     * @throws eu.praxis.base.UserFacingException when the file is refused (empty, too large, not allowed,
     *     extension and content disagree, archive bomb, damaged)
     * @throws UncheckedIOException when the upload could not be read or written (a broken connection, a full
     *     disk): not the user's fault, nothing is stored
     */
    public AcceptedFile accept(InputStream content, String fileName) {
        // The store runs the check on the staged upload, before the content becomes visible under its hash.
        var detected = new AtomicReference<String>();
        try {
            var stored = store.store(content, fileName, (file, name) -> detected.set(inspector.inspect(file, name)));
            return new AcceptedFile(stored.sha256(), stored.size(), detected.get(), fileName, stored.created());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Search text of an accepted file; empty when it has none or it could not be had in time (see
     * {@link TextExtractor}).
     *
     * @throws UncheckedIOException when the store does not have the content, which is a bug of the caller
     */
    public String text(String sha256, String mediaType) {
        try (var content = store.open(sha256)) {
            return extractor.extract(content, mediaType);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
