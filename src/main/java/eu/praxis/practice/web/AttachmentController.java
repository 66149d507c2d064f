package eu.praxis.practice.web;

import eu.praxis.base.NotFoundException;
import eu.praxis.practice.PracticeLibrary;
import eu.praxis.security.CurrentUser;
import eu.praxis.security.PraxisUser;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * {@code GET /attachments/{id}}: the file, for those who may see its practice. The security filter chain
 * sends visitors to the login page (see {@link AttachmentWebConfiguration}); the service decides the rest. Always
 * a download ({@code Content-Disposition: attachment}, {@code nosniff}) with the type detected at upload,
 * so that no uploaded file is ever rendered by the browser as a page of this site.
 */
@Controller
class AttachmentController {

    private final PracticeLibrary practices;
    private final MessageSource messages;

    AttachmentController(PracticeLibrary practices, MessageSource messages) {
        this.practices = practices;
        this.messages = messages;
    }

    @GetMapping("/attachments/{id}")
    ResponseEntity<Resource> download(@PathVariable long id) {
        var download = practices.download(id);
        var mediaType = MediaType.parseMediaType(download.mediaType());
        if (mediaType.isCompatibleWith(MediaType.TEXT_PLAIN)) {
            // Stored text is read as UTF-8 by the extractor too; without a charset browsers guess.
            mediaType = new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8);
        }
        var disposition = ContentDisposition.attachment()
                .filename(download.fileName(), StandardCharsets.UTF_8)
                .build();
        return ResponseEntity.ok()
                .contentType(mediaType)
                .contentLength(download.size())
                .cacheControl(CacheControl.noStore().cachePrivate())
                .header("Content-Disposition", disposition.toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(new InputStreamResource(practices.open(download)));
    }

    /** Unknown, hidden and malformed ids get the same short answer: no stack trace, nothing to probe. */
    @ExceptionHandler({NotFoundException.class, MethodArgumentTypeMismatchException.class})
    ResponseEntity<String> notFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noStore().cachePrivate())
                .body(messages.getMessage("attachment.download.not-found", null, locale()));
    }

    private static Locale locale() {
        return CurrentUser.get().map(PraxisUser::language).orElseGet(LocaleContextHolder::getLocale);
    }
}
