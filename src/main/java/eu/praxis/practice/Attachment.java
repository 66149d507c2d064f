package eu.praxis.practice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;

/**
 * A file attached to a practice: who uploaded which content under which name, and the content's text for
 * search. The bytes are in the file store under {@link #getSha256()}; several attachments may share them.
 * The practice is referred to by id and attachments are not audited: the history records the practice's
 * text, and an attachment is only ever added or removed, never changed.
 */
@Entity
@Table(name = "attachment")
public class Attachment {

    /** The text extractor's own bound; kept here so that the column can never overflow. */
    public static final int EXTRACTED_TEXT_MAX = 1_000_000;
    /** Attachments one practice may have. */
    public static final int MAX_PER_PRACTICE = 20;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Version
    private int version;

    @Column(name = "practice_id", nullable = false, updatable = false)
    private long practiceId;

    @Column(name = "sha256", nullable = false, updatable = false)
    private String sha256;

    @Column(name = "file_name", nullable = false, updatable = false)
    private String fileName;

    @Column(name = "media_type", nullable = false, updatable = false)
    private String mediaType;

    @Column(name = "size", nullable = false, updatable = false)
    private long size;

    @Column(name = "extracted_text", nullable = false, updatable = false)
    private String extractedText;

    @Column(name = "uploaded_by", nullable = false, updatable = false)
    private long uploadedBy;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    protected Attachment() {
        this(0, "", "", "", 0, "", 0, Instant.EPOCH);
    }

    Attachment(
            long practiceId,
            String sha256,
            String fileName,
            String mediaType,
            long size,
            String extractedText,
            long uploadedBy,
            Instant uploadedAt) {
        this.practiceId = practiceId;
        this.sha256 = sha256;
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.size = size;
        this.extractedText = extractedText;
        this.uploadedBy = uploadedBy;
        // the database keeps microseconds: the saved value then equals the value read back
        this.uploadedAt = uploadedAt.truncatedTo(ChronoUnit.MICROS);
    }

    AttachmentItem toItem() {
        return new AttachmentItem(requireId(), fileName, mediaType, size, uploadedAt);
    }

    long requireId() {
        if (id == null) {
            throw new IllegalStateException("Attachment not saved yet");
        }
        return id;
    }

    public @Nullable Long getId() {
        return id;
    }

    public long getPracticeId() {
        return practiceId;
    }

    public String getSha256() {
        return sha256;
    }

    public String getFileName() {
        return fileName;
    }

    public String getMediaType() {
        return mediaType;
    }

    public long getSize() {
        return size;
    }

    public String getExtractedText() {
        return extractedText;
    }

    public long getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Attachment other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return Attachment.class.hashCode();
    }
}
