package eu.praxis.practice;

import eu.praxis.base.files.FileReferences;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Attachments name content of the shared file store, which must stay while one names it (DD008, DD029). Apart from
 * {@link PracticeAttachments}, which uses the file store and so cannot be asked by it.
 */
@Component
class AttachmentFiles implements FileReferences {

    private final AttachmentRepository attachments;

    AttachmentFiles(AttachmentRepository attachments) {
        this.attachments = attachments;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean names(String sha256) {
        return attachments.existsBySha256(sha256);
    }
}
