package eu.praxis.practice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * An attachment's extracted text as the search index reads it: a read-only view of the attachment table,
 * so that {@link Practice#getAttachmentTexts()} can be a collection that indexing loads for a whole batch of
 * practices in one query. Attachments are added and removed through {@link Attachment} only.
 */
@Entity
@Immutable
@Table(name = "attachment")
class AttachmentText {

    @Id
    private Long id = 0L;

    @Column(name = "extracted_text", insertable = false, updatable = false)
    private String text = "";

    protected AttachmentText() {}

    String text() {
        return text;
    }
}
