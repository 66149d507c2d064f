package eu.praxis.search.web;

import eu.praxis.base.UserFacingException;
import eu.praxis.base.web.JsonApi;
import eu.praxis.base.web.Permalinks;
import eu.praxis.search.SearchHit;
import eu.praxis.search.SearchParameters;
import eu.praxis.search.SearchService;
import eu.praxis.search.web.HitExport.Format;
import eu.praxis.security.ApiProperties;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.http.MediaType;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The research API's search: the search views' parameters ({@link SearchParameters}) plus {@code page} and
 * {@code size}, with the token owner's permissions (the search service filters inside the query). Deep pages
 * are refused beyond {@link #MAX_WINDOW} results, where the export is the better tool.
 */
@RestController
@JsonApi
@RequestMapping(path = "/api/v1/search")
class SearchApiController {

    /** Offsets beyond this make the index collect ever more hits for one page. */
    static final int MAX_WINDOW = 10_000;

    private final SearchService search;
    private final Permalinks permalinks;
    private final HitExport export;
    private final int maxPageSize;

    SearchApiController(SearchService search, Permalinks permalinks, HitExport export, ApiProperties api) {
        this.search = search;
        this.permalinks = permalinks;
        this.export = export;
        this.maxPageSize = api.maxPageSize();
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Search the practice library (and, with scope=everything, the discussions and events)",
            description = "The same syntax as the search page: words, \"quoted phrases\", -exclusions, OR. "
                    + "Values within one facet combine with OR, facets with each other with AND; invalid values are "
                    + "ignored. Results, totals and facets contain only what the token's owner may see.")
    @SearchParameterDocs
    ApiSearchResults search(
            @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters,
            @Parameter(description = "Page number, from 0") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "Hits per page, 1 to 100") @RequestParam(defaultValue = "20") int size) {
        if (size < 1 || size > maxPageSize) {
            throw new UserFacingException("api.problem.page-size", maxPageSize);
        }
        if (page < 0 || (long) page * size + size > MAX_WINDOW) {
            throw new UserFacingException("api.problem.page-too-deep", MAX_WINDOW);
        }
        var results = search.search(SearchParameters.parse(parameters), page * size, size);
        return new ApiSearchResults(
                results.total(),
                page,
                size,
                results.hits().stream().map(this::hit).toList(),
                results.facets(),
                results.suggestions(),
                results.correctedQuery(),
                results.fullMatches());
    }

    @GetMapping(path = "/export.csv", produces = "text/csv")
    @Operation(
            summary = "All hits of a search as CSV",
            description = "Streamed; the columns are kind, id, title, "
                    + "url, city, country, year, language, date, themes, groups, snippet (plain text), and for "
                    + "practices evidence_level, version, updated_at, author, organisation, citation (APA-like) and "
                    + "bibtex, which name the version and its stable address.")
    @SearchParameterDocs
    void exportCsv(
            @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters,
            HttpServletResponse response)
            throws IOException {
        export.write(Format.CSV, SearchParameters.parse(parameters), response);
    }

    @GetMapping(path = "/export.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "All hits of a search as a JSON array",
            description = "Streamed; the same fields as the " + "CSV export.")
    @SearchParameterDocs
    void exportJson(
            @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters,
            HttpServletResponse response)
            throws IOException {
        export.write(Format.JSON, SearchParameters.parse(parameters), response);
    }

    private ApiSearchResults.Hit hit(SearchHit hit) {
        return new ApiSearchResults.Hit(
                hit.kind().name(),
                hit.id(),
                hit.title(),
                hit.snippetHtml(),
                permalinks.of(hit.path()),
                hit.city(),
                hit.country(),
                hit.year(),
                hit.language(),
                hit.date(),
                hit.themes(),
                hit.groups(),
                hit.score(),
                hit.evidenceLevel() == null ? null : hit.evidenceLevel().code());
    }

    /** The search parameters in the OpenAPI document, declared once for the search and both exports. */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @Parameter(name = SearchParameters.QUERY, in = ParameterIn.QUERY, description = "The query; blank for all")
    @Parameter(
            name = SearchParameters.SCOPE,
            in = ParameterIn.QUERY,
            schema =
                    @Schema(
                            allowableValues = {"library", "everything"},
                            defaultValue = "library"))
    @Parameter(
            name = SearchParameters.KIND,
            in = ParameterIn.QUERY,
            array =
                    @ArraySchema(
                            schema =
                                    @Schema(
                                            allowableValues = {
                                                "SHEET",
                                                "CASE_STUDY",
                                                "THREAD",
                                                "EVENT",
                                                "PROJECT",
                                                "CALL",
                                                "PUBLICATION"
                                            })))
    @Parameter(
            name = SearchParameters.THEME,
            in = ParameterIn.QUERY,
            description = "Theme ids",
            array = @ArraySchema(schema = @Schema(type = "integer", format = "int64")))
    @Parameter(
            name = SearchParameters.GROUP,
            in = ParameterIn.QUERY,
            description = "Working group ids",
            array = @ArraySchema(schema = @Schema(type = "integer", format = "int64")))
    @Parameter(
            name = SearchParameters.COUNTRY,
            in = ParameterIn.QUERY,
            description = "ISO 3166 country codes",
            array = @ArraySchema(schema = @Schema(type = "string", example = "FR")))
    @Parameter(
            name = SearchParameters.CITY,
            in = ParameterIn.QUERY,
            description = "Cities, as the city facet " + "names them",
            array = @ArraySchema(schema = @Schema(type = "string", example = "Lyon")))
    @Parameter(
            name = SearchParameters.YEAR,
            in = ParameterIn.QUERY,
            array = @ArraySchema(schema = @Schema(type = "integer", example = "2024")))
    @Parameter(
            name = SearchParameters.LANGUAGE,
            in = ParameterIn.QUERY,
            description = "Language codes",
            array = @ArraySchema(schema = @Schema(type = "string", example = "fr")))
    @Parameter(
            name = SearchParameters.EVIDENCE_LEVEL,
            in = ParameterIn.QUERY,
            description = "Evidence levels of practices, set by reviewers",
            array =
                    @ArraySchema(
                            schema =
                                    @Schema(
                                            type = "string",
                                            allowableValues = {"promising", "evaluated", "evaluated-with-comparison"})))
    @Parameter(
            name = SearchParameters.SORT,
            in = ParameterIn.QUERY,
            schema =
                    @Schema(
                            allowableValues = {"relevance", "newest", "oldest"},
                            defaultValue = "relevance"))
    @interface SearchParameterDocs {}
}
