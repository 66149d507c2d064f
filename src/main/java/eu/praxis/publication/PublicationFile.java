package eu.praxis.publication;

import eu.praxis.base.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A file of a publication (the PDF, a printable version): the content's name in the file store, what the upload check
 * found, and its text for search. Only ever added or removed with its publication, never changed.
 */
@Entity
@Table(name = "publication_file")
public class PublicationFile extends BaseEntity {

    /** The text extractor's own bound; kept here so that the column can never overflow. */
    public static final int EXTRACTED_TEXT_MAX = 1_000_000;

    @Column(name = "sha256", nullable = false, updatable = false)
    private String sha256 = "";

    @Column(name = "file_name", nullable = false, updatable = false)
    private String fileName = "";

    @Column(name = "media_type", nullable = false, updatable = false)
    private String mediaType = "";

    @Column(name = "size", nullable = false, updatable = false)
    private long size;

    @Column(name = "extracted_text", nullable = false, updatable = false)
    private String extractedText = "";

    @Column(name = "uploaded_by", nullable = false, updatable = false)
    private long uploadedBy;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt = Instant.EPOCH;

    protected PublicationFile() {}

    PublicationFile(
            String sha256,
            String fileName,
            String mediaType,
            long size,
            String extractedText,
            long uploadedBy,
            Instant uploadedAt) {
        this.sha256 = sha256;
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.size = size;
        this.extractedText = extractedText;
        this.uploadedBy = uploadedBy;
        // the database keeps microseconds: the saved value then equals the value read back
        this.uploadedAt = uploadedAt.truncatedTo(ChronoUnit.MICROS);
    }

    PublicationFileItem toItem() {
        return new PublicationFileItem(Objects.requireNonNull(getId()), fileName, mediaType, size);
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

    String getExtractedText() {
        return extractedText;
    }
}
