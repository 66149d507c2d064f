package eu.praxis.publication.web;

import eu.praxis.base.NotFoundException;
import eu.praxis.base.web.FileDownloads;
import eu.praxis.publication.PublicPublications;
import eu.praxis.publication.PublicationFileDownload;
import eu.praxis.publication.PublicationLibrary;
import eu.praxis.publication.PublicationPaths;
import eu.praxis.security.CurrentUser;
import eu.praxis.security.PraxisUser;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * {@code GET /publication-files/{id}}: a publication's file. Open to visitors (see
 * {@link PublicationWebConfiguration}): a visitor gets the file of a public publication and is sent to the login page
 * for any other, so that a member following a link logs in and gets it; a logged-in person gets it if they may read
 * the publication ({@code PublicationPolicy}), otherwise "not found".
 */
@Controller
class PublicationFileController {

    private final PublicationLibrary library;
    private final PublicPublications publicPublications;
    private final MessageSource messages;

    PublicationFileController(
            PublicationLibrary library, PublicPublications publicPublications, MessageSource messages) {
        this.library = library;
        this.publicPublications = publicPublications;
        this.messages = messages;
    }

    @GetMapping("/" + PublicationPaths.FILES + "/{id}")
    ResponseEntity<Resource> download(@PathVariable long id) {
        var download = CurrentUser.get().isPresent() ? library.download(id) : publicFile(id);
        return FileDownloads.of(
                download.fileName(), download.mediaType(), download.size(), publicPublications.open(download));
    }

    private PublicationFileDownload publicFile(long id) {
        try {
            return publicPublications.download(id);
        } catch (NotFoundException e) {
            // the security filter chain answers it with the login page, and the download after the login
            throw new InsufficientAuthenticationException("Only public publications are read without login");
        }
    }

    @ExceptionHandler({NotFoundException.class, MethodArgumentTypeMismatchException.class})
    ResponseEntity<String> notFound() {
        return FileDownloads.notFound(messages.getMessage("publication.download.not-found", null, locale()));
    }

    private static Locale locale() {
        return CurrentUser.get().map(PraxisUser::language).orElseGet(LocaleContextHolder::getLocale);
    }
}
