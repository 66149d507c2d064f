package eu.praxis.base.files;

import eu.praxis.base.NotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The one call a feature makes for an upload: stream it into the store, inspect it on the way and refuse
 * it with a {@link eu.praxis.base.UserFacingException}, leaving nothing behind. Who may upload where is the
 * calling feature's rule, not this class's. Inside a feature's transaction ({@link #acceptForRow}), rows and
 * content are kept in step: content created for an upload whose transaction rolls back is deleted, and content
 * is deleted after the commit that removed the last row naming it, in any feature ({@link #releaseAfterCommit}).
 */
@Component
public class Uploads {

    private static final Logger log = LoggerFactory.getLogger(Uploads.class);

    private final FileStore store;
    private final UploadInspector inspector;
    private final TextExtractor extractor;
    private final List<FileReferences> references;

    Uploads(FileStore store, UploadInspector inspector, TextExtractor extractor, List<FileReferences> references) {
        this.store = store;
        this.inspector = inspector;
        this.extractor = extractor;
        this.references = List.copyOf(references);
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

    /**
     * {@link #accept} for a row the caller saves in its transaction: the name is cleaned first
     * ({@link FileNames#clean}), and content this upload created is deleted again if the transaction rolls back.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public AcceptedFile acceptForRow(InputStream content, String fileName) {
        var accepted = accept(content, FileNames.clean(fileName));
        if (accepted.created()) {
            // Registered before anything else can fail: from here on, a rollback must take the content too.
            afterCompletion(TransactionSynchronization.STATUS_ROLLED_BACK, accepted.sha256());
        }
        return accepted;
    }

    /**
     * The caller's transaction removed a row naming this content: the content is deleted after the commit, unless a
     * row of any feature still names it ({@link FileReferences}: the same file attached elsewhere or sent as a letter).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void releaseAfterCommit(String sha256) {
        if (references.stream().noneMatch(r -> r.names(sha256))) {
            afterCompletion(TransactionSynchronization.STATUS_COMMITTED, sha256);
        }
    }

    /**
     * Outside any transaction: the caller streams for as long as the download takes.
     *
     * @throws NotFoundException when the content is missing from the store (logged: a row names it)
     */
    public InputStream open(String sha256) {
        try {
            return store.open(sha256);
        } catch (NoSuchFileException e) {
            log.error("Content {} is missing from the file store", sha256);
            throw new NotFoundException();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void afterCompletion(int deleteOnStatus, String sha256) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status == deleteOnStatus) {
                    delete(sha256);
                }
            }
        });
    }

    /** After completion nothing can be rolled back any more: a failure leaves an orphan file, which is logged. */
    private void delete(String sha256) {
        try {
            store.delete(sha256);
        } catch (IOException | RuntimeException e) {
            log.warn("Could not delete content {}; it stays as an orphan in the file store", sha256, e);
        }
    }
}
