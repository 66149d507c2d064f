package eu.praxis.publication.web;

import eu.praxis.base.web.JsonApi;
import eu.praxis.base.web.Permalinks;
import eu.praxis.publication.PublicationDetails;
import eu.praxis.publication.PublicationFilter;
import eu.praxis.publication.PublicationLibrary;
import eu.praxis.publication.PublicationListItem;
import eu.praxis.publication.PublicationPaths;
import eu.praxis.publication.PublicationType;
import eu.praxis.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/publications} and {@code GET /api/v1/publications/{id}}: the publications library for the research
 * API, through the same service as the library and the publication page, so with the same permissions (a publication
 * for working groups is for their members, never researchers). Read-only.
 */
@RestController
@JsonApi
class PublicationApiController {

    private final PublicationLibrary publications;
    private final Permalinks permalinks;

    PublicationApiController(PublicationLibrary publications, Permalinks permalinks) {
        this.publications = publications;
        this.permalinks = permalinks;
    }

    @GetMapping(path = "/api/v1/publications", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "The publications the token's owner may read, the most recent first",
            description = "An unknown type or a malformed theme is a 400. Without abstract, themes and files (see the "
                    + "publication itself).")
    List<ApiPublication> publications(
            @Parameter(description = "GUIDEBOOK, REPORT, MANIFESTO, RESOLUTION, CONCEPT_NOTE, ARTICLE or PROCEEDINGS")
                    @RequestParam(required = false)
                    @Nullable
                    PublicationType type,
            @Parameter(description = "An ISO 639-1 language code, such as fr") @RequestParam(required = false) @Nullable
                    String language,
            @Parameter(description = "A theme's id") @RequestParam(required = false) @Nullable Long theme) {
        return publications.list(new PublicationFilter(type, language, theme)).stream()
                .map(this::summary)
                .toList();
    }

    @GetMapping(path = "/api/v1/publications/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "One publication with its abstract, themes, files and other editions",
            description = "404 if it does not exist or the token's owner may not read it.")
    ApiPublication publication(@PathVariable long id) {
        return full(publications.get(id));
    }

    private ApiPublication summary(PublicationListItem p) {
        return new ApiPublication(
                p.id(),
                p.type().name(),
                p.title(),
                permalinks.of(PublicationPaths.publication(p.id())),
                p.language(),
                p.publishedOn(),
                p.authors(),
                p.visibility().name(),
                p.otherLanguages().stream()
                        .map(l -> new ApiPublication.Edition(null, l, null))
                        .toList(),
                null,
                null,
                null,
                null);
    }

    private ApiPublication full(PublicationDetails p) {
        var language = CurrentUser.require().language();
        return new ApiPublication(
                p.id(),
                p.type().name(),
                p.title(),
                permalinks.of(PublicationPaths.publication(p.id())),
                p.language(),
                p.publishedOn(),
                p.authors(),
                p.visibility().name(),
                p.editions().stream()
                        .map(e -> new ApiPublication.Edition(
                                e.id(), e.language(), permalinks.of(PublicationPaths.publication(e.id()))))
                        .toList(),
                p.abstractText(),
                p.projectAcronym(),
                p.themes().stream()
                        .map(t -> new ApiPublication.Theme(t.id(), t.code(), t.name(language)))
                        .toList(),
                p.files().stream()
                        .map(f -> new ApiPublication.File(
                                f.fileName(), f.mediaType(), f.size(), permalinks.of(PublicationPaths.file(f.id()))))
                        .toList());
    }
}
