package eu.praxis.practice;

import eu.praxis.base.NotFoundException;
import eu.praxis.base.UserFacingException;
import eu.praxis.base.files.FileNames;
import eu.praxis.base.files.Uploads;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The attachment half of {@link PracticeEditing} and {@link PracticeLibrary}, which check the permissions and
 * call this inside their transaction. Rows and file-store content are kept in step through {@link Uploads}.
 */
@Component
class PracticeAttachments {

    private final AttachmentRepository attachments;
    private final Uploads uploads;
    private final Clock clock;

    PracticeAttachments(AttachmentRepository attachments, Uploads uploads, Clock clock) {
        this.attachments = attachments;
        this.uploads = uploads;
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
        var accepted = uploads.acceptForRow(content, fileName);
        var text = FileNames.bounded(
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
            uploads.deleteAfterCommit(attachment.getSha256());
        }
    }

    /** Outside any transaction: the caller streams for as long as the download takes. */
    InputStream open(String sha256) {
        return uploads.open(sha256);
    }
}
