package eu.praxis.practice;

import java.time.Instant;

/** An attachment as a practice page lists it; {@link #downloadPath()} is where its bytes are served. */
public record AttachmentItem(long id, String fileName, String mediaType, long size, Instant uploadedAt) {

    /** Absolute path of the download, for a link (the download endpoint checks permission again). */
    public String downloadPath() {
        return "/attachments/" + id;
    }
}
