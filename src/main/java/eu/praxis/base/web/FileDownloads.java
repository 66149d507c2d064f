package eu.praxis.base.web;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The one way a stored upload is served: always a download ({@code Content-Disposition: attachment}, {@code nosniff})
 * with the type detected at upload, so that no uploaded file is ever rendered by the browser as a page of this site;
 * never cached by shared caches.
 */
public final class FileDownloads {

    private FileDownloads() {}

    /** @param mediaType as detected at upload */
    public static ResponseEntity<Resource> of(String fileName, String mediaType, long size, InputStream content) {
        var type = MediaType.parseMediaType(mediaType);
        if (type.isCompatibleWith(MediaType.TEXT_PLAIN)) {
            // Stored text is read as UTF-8 by the extractor too; without a charset browsers guess.
            type = new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8);
        }
        var disposition = ContentDisposition.attachment()
                .filename(fileName, StandardCharsets.UTF_8)
                .build();
        return ResponseEntity.ok()
                .contentType(type)
                .contentLength(size)
                .cacheControl(CacheControl.noStore().cachePrivate())
                .header("Content-Disposition", disposition.toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(new InputStreamResource(content));
    }

    /** The short answer for an unknown file, or one the caller may not have: no stack trace, nothing to probe. */
    public static ResponseEntity<String> notFound(String text) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noStore().cachePrivate())
                .body(text);
    }
}
