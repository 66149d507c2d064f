package eu.praxis.practice.web;

import eu.praxis.base.web.JsonApi;
import eu.praxis.base.web.Permalinks;
import eu.praxis.practice.PracticeDetails;
import eu.praxis.practice.PracticeLibrary;
import eu.praxis.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/practices/{id}}: one practice for the research API, through the same service call as
 * its page, so with the same permissions; a practice the token's owner may not see is 404, like an unknown
 * one. Theme names are in the owner's language. {@code GET /api/v1/practices/{id}/v/{n}} answers for a version's stable
 * address like its page: that version for those who may read the history, the current one for everyone else.
 */
@RestController
@JsonApi
class PracticeApiController {

    private final PracticeLibrary practices;
    private final Permalinks permalinks;

    PracticeApiController(PracticeLibrary practices, Permalinks permalinks) {
        this.practices = practices;
        this.permalinks = permalinks;
    }

    @GetMapping(path = "/api/v1/practices/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "One practice sheet or case study",
            description = "404 if it does not exist or the " + "token's owner may not see it.")
    ApiPractice practice(@PathVariable long id) {
        return toApi(practices.get(id));
    }

    @GetMapping(path = "/api/v1/practices/{id}/v/{version}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "One version of a practice, as a citation names it",
            description = "That version for those who may read the practice's history (who may edit it), the "
                    + "current version for everyone else: compare the answer's version. 404 if the practice or the "
                    + "version does not exist or the token's owner may not see it.")
    ApiPractice version(@PathVariable long id, @PathVariable int version) {
        return toApi(practices.version(id, version));
    }

    private ApiPractice toApi(PracticeDetails p) {
        var language = CurrentUser.require().language();
        var evidence = p.evidence();
        var citation = p.citation();
        return new ApiPractice(
                p.id(),
                p.versionNumber(),
                citation.url(),
                p.type().name(),
                p.status().name(),
                p.title(),
                permalinks.of(p.permalink()),
                p.summary(),
                p.city(),
                p.country(),
                p.language(),
                p.periodStart(),
                p.periodEnd(),
                p.themes().stream()
                        .map(t -> new ApiPractice.Theme(t.id(), t.code(), t.name(language)))
                        .toList(),
                p.groups().entrySet().stream()
                        .map(g -> new ApiPractice.Group(g.getKey(), g.getValue()))
                        .toList(),
                p.wholeNetwork(),
                p.objectives(),
                p.actions(),
                p.partners(),
                p.results(),
                p.evaluation(),
                p.contact(),
                p.body(),
                p.authorName(),
                p.organisationName(),
                p.createdAt(),
                p.updatedAt(),
                p.publishedAt(),
                p.attachments().stream()
                        .map(a -> new ApiPractice.Attachment(
                                a.fileName(), a.mediaType(), a.size(), permalinks.of(a.downloadPath())))
                        .toList(),
                new ApiPractice.Evidence(
                        evidence.problemAnalysis(),
                        evidence.objectivesAndLogic(),
                        evidence.evaluationDesign(),
                        evidence.measuredOutcomes(),
                        evidence.transferabilityAndCosts()),
                p.evidenceLevel() == null ? null : p.evidenceLevel().code(),
                new ApiPractice.Citation(citation.apa(), citation.bibtex()));
    }
}
