package eu.praxis.practice;

import eu.praxis.base.NotFoundException;
import eu.praxis.base.UserFacingException;
import eu.praxis.base.files.FileStore;
import eu.praxis.base.files.Uploads;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.time.Clock;
import java.util.List;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The attachment half of {@link PracticeEditing} and {@link PracticeLibrary}, which check the permissions and
 * call this inside their transaction. Rows and file-store content are kept in step: content created for an upload whose
 * transaction rolls back is deleted, and content is deleted after the last row naming it is gone.
 */
@Component
class PracticeAttachments {

    private static final Logger log = LoggerFactory.getLogger(PracticeAttachments.class);
    /** Control and invisible formatting characters (a right-to-left override can disguise an extension). */
    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}\\p{Cf}]");
    /** Longest extension kept when a long name is shortened. */
    private static final int EXTENSION_MAX = 10;

    private final AttachmentRepository attachments;
    private final Uploads uploads;
    private final FileStore store;
    private final Clock clock;

    PracticeAttachments(AttachmentRepository attachments, Uploads uploads, FileStore store, Clock clock) {
        this.attachments = attachments;
        this.uploads = uploads;
        this.store = store;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    List<AttachmentItem> list(long practiceId) {
        return attachments.findItems(practiceId);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    Attachment get(long attachmentId) {
        return attachments.findById(attachmentId).orElseThrow(NotFoundException::new);
    }

    /** The caller has checked that the person may edit the practice and holds a lock on it (for the count). */
    @Transactional(propagation = Propagation.MANDATORY)
    AttachmentItem attach(long practiceId, long personId, InputStream content, String fileName) {
        if (attachments.countByPracticeId(practiceId) >= Attachment.MAX_PER_PRACTICE) {
            throw new UserFacingException("attachment.error.too-many", Attachment.MAX_PER_PRACTICE);
        }
        var accepted = uploads.accept(content, cleanFileName(fileName));
        if (accepted.created()) {
            // Registered before anything else can fail: from here on, a rollback must take the content too.
            afterCompletion(TransactionSynchronization.STATUS_ROLLED_BACK, accepted.sha256());
        }
        var text = bounded(
                uploads.text(accepted.sha256(), accepted.mediaType()).replace("\u0000", ""),
                Attachment.EXTRACTED_TEXT_MAX);
        var attachment = attachments.save(new Attachment(
                practiceId,
                accepted.sha256(),
                accepted.fileName(),
                accepted.mediaType(),
                accepted.size(),
                text,
                personId,
                clock.instant()));
        return attachment.toItem();
    }

    /** Deletes the row now and the content after commit, unless another attachment names the same content. */
    @Transactional(propagation = Propagation.MANDATORY)
    void remove(Attachment attachment) {
        attachments.delete(attachment);
        if (!attachments.existsBySha256AndIdNot(attachment.getSha256(), attachment.requireId())) {
            afterCompletion(TransactionSynchronization.STATUS_COMMITTED, attachment.getSha256());
        }
    }

    /** Outside any transaction: the caller streams for as long as the download takes. */
    InputStream open(String sha256) {
        try {
            return store.open(sha256);
        } catch (NoSuchFileException e) {
            log.error("Attachment content {} is missing from the file store", sha256);
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
            log.warn("Could not delete attachment content {}; it stays as an orphan in the file store", sha256, e);
        }
    }

    /**
     * The name as shown and offered for download: without a browser's folder path or invisible characters,
     * shortened to 255 bytes in UTF-8 (what file systems and the column allow) while keeping its extension
     * (which the upload check reads).
     */
    static String cleanFileName(String fileName) {
        var name = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
        name = INVISIBLE.matcher(name).replaceAll("").strip();
        if (name.isEmpty()) {
            throw new UserFacingException("attachment.error.file-name");
        }
        if (utf8Length(name) <= Attachment.FILE_NAME_MAX) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        var extension = dot > 0 && name.length() - dot <= EXTENSION_MAX ? name.substring(dot) : "";
        return bounded(
                        name.substring(0, extension.isEmpty() ? name.length() : dot),
                        Attachment.FILE_NAME_MAX - utf8Length(extension))
                + extension;
    }

    /** The longest start of the text that takes at most {@code maxBytes} in UTF-8, never cutting a character. */
    static String bounded(String text, int maxBytes) {
        int bytes = 0;
        int end = 0;
        while (end < text.length()) {
            int codePoint = text.codePointAt(end);
            bytes += utf8Length(Character.toString(codePoint));
            if (bytes > maxBytes) {
                break;
            }
            end += Character.charCount(codePoint);
        }
        return text.substring(0, end);
    }

    private static int utf8Length(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
