package eu.praxis.practice.web;

import eu.praxis.base.NotFoundException;
import eu.praxis.base.web.FileDownloads;
import eu.praxis.practice.PracticeLibrary;
import eu.praxis.security.CurrentUser;
import eu.praxis.security.PraxisUser;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * {@code GET /attachments/{id}}: the file, for those who may see its practice. The security filter chain
 * sends visitors to the login page (see {@link AttachmentWebConfiguration}); the service decides the rest. Served as
 * {@link FileDownloads} serves every upload.
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
        return FileDownloads.of(download.fileName(), download.mediaType(), download.size(), practices.open(download));
    }

    /** Unknown, hidden and malformed ids get the same short answer: no stack trace, nothing to probe. */
    @ExceptionHandler({NotFoundException.class, MethodArgumentTypeMismatchException.class})
    ResponseEntity<String> notFound() {
        return FileDownloads.notFound(messages.getMessage("attachment.download.not-found", null, locale()));
    }

    private static Locale locale() {
        return CurrentUser.get().map(PraxisUser::language).orElseGet(LocaleContextHolder::getLocale);
    }
}
