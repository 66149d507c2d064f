package eu.praxis.practice;

import eu.praxis.base.NotFoundException;
import eu.praxis.base.UserFacingException;
import eu.praxis.base.files.FileNames;
import eu.praxis.base.files.Uploads;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The attachment half of {@link PracticeEditing}, {@link PracticeRedaction} and {@link PracticeLibrary}, which check
 * the permissions and call this inside their transaction. Rows and file-store content are kept in step through
 * {@link Uploads}. Attaching and removing a file are recorded on the practice (its list of file names, so that the
 * history says so) and reach the search index through {@link PracticeAttachmentsChanged}.
 */
@Component
class PracticeAttachments {

    private final AttachmentRepository attachments;
    private final Uploads uploads;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PracticeAttachments(
            AttachmentRepository attachments, Uploads uploads, ApplicationEventPublisher events, Clock clock) {
        this.attachments = attachments;
        this.uploads = uploads;
        this.events = events;
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
    AttachmentItem attach(Practice practice, long personId, InputStream content, String fileName) {
        var practiceId = Objects.requireNonNull(practice.getId());
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
        changed(practice);
        return attachment.toItem();
    }

    /**
     * Deletes the row (its extracted text with it) now and the content after commit, unless a row of any feature
     * still names the same content. The caller holds a lock on the practice.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void remove(Practice practice, Attachment attachment) {
        attachments.delete(attachment);
        // flushed, so that the file store's question "does any row still name it" no longer sees this one
        attachments.flush();
        uploads.releaseAfterCommit(attachment.getSha256());
        changed(practice);
    }

    private void changed(Practice practice) {
        var id = Objects.requireNonNull(practice.getId());
        practice.attachmentsChanged(
                list(id).stream().map(AttachmentItem::fileName).toList());
        events.publishEvent(new PracticeAttachmentsChanged(id));
    }

    /** Outside any transaction: the caller streams for as long as the download takes. */
    InputStream open(String sha256) {
        return uploads.open(sha256);
    }
}
