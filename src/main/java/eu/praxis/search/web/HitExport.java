package eu.praxis.search.web;

import static eu.praxis.base.CsvCells.safe;

import eu.praxis.base.CsvCells;
import eu.praxis.base.web.Permalinks;
import eu.praxis.search.SearchHit;
import eu.praxis.search.SearchRequest;
import eu.praxis.search.SearchService;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes all hits of a search as CSV or as a JSON array straight to the response, one hit at a time from
 * {@link SearchService#forEachHit}, so that no export is ever held in memory. It writes on the request's own
 * thread (not a {@code StreamingResponseBody}): the caller's security context is the one the search runs
 * with, and no asynchronous request timeout cuts a long export short. Used by the views' export and the API.
 */
@Component
class HitExport {

    enum Format {
        CSV("text/csv"),
        JSON("application/json");

        final String mediaType;

        Format(String mediaType) {
            this.mediaType = mediaType;
        }

        String extension() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** One exported result: the hit's facts, its absolute permalink and its snippet as plain text. */
    record ExportedHit(
            String kind,
            String title,
            String url,
            @Nullable String city,
            @Nullable String country,
            @Nullable Integer year,
            String language,
            @Nullable Instant date,
            List<String> themes,
            List<String> groups,
            String snippet) {}

    static final List<String> CSV_HEADER = List.of(
            "kind", "title", "url", "city", "country", "year", "language", "date", "themes", "groups", "snippet");

    private final SearchService search;
    private final Permalinks permalinks;
    private final JsonMapper json;
    private final Clock clock;

    HitExport(SearchService search, Permalinks permalinks, JsonMapper json, Clock clock) {
        this.search = search;
        this.permalinks = permalinks;
        this.json = json;
        this.clock = clock;
    }

    /** Sets the download headers, then streams every hit. */
    void write(Format format, SearchRequest request, HttpServletResponse response) throws IOException {
        response.setContentType(format.mediaType);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename("praxis-search-" + LocalDate.now(clock) + "." + format.extension())
                        .build()
                        .toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store, private");
        try {
            switch (format) {
                case CSV -> csv(request, response.getOutputStream());
                case JSON -> json(request, response.getOutputStream());
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private void csv(SearchRequest request, OutputStream out) {
        // titles, places and snippets are typed by members, and researchers open exports in spreadsheets
        CsvCells.write(
                new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)),
                CSV_HEADER,
                printer -> search.forEachHit(request, hit -> {
                    var e = exported(hit);
                    try {
                        printer.printRecord(
                                e.kind(),
                                safe(e.title()),
                                e.url(),
                                safe(e.city()),
                                e.country(),
                                e.year(),
                                e.language(),
                                e.date(),
                                safe(String.join("; ", e.themes())),
                                safe(String.join("; ", e.groups())),
                                safe(e.snippet()));
                    } catch (IOException failure) {
                        throw new UncheckedIOException(failure);
                    }
                }));
    }

    private void json(SearchRequest request, OutputStream out) {
        try (var generator = json.createGenerator(out)) {
            generator.writeStartArray();
            search.forEachHit(request, hit -> generator.writePOJO(exported(hit)));
            generator.writeEndArray();
        }
    }

    private ExportedHit exported(SearchHit hit) {
        return new ExportedHit(
                hit.kind().name(),
                hit.title(),
                permalinks.of(hit.path()),
                hit.city(),
                hit.country(),
                hit.year(),
                hit.language(),
                hit.date(),
                hit.themes(),
                hit.groups(),
                plainText(hit.snippetHtml()));
    }

    /** The snippet without its {@code <mark>} tags, unescaped: the only markup it carries. */
    static String plainText(String snippetHtml) {
        return HtmlUtils.htmlUnescape(snippetHtml.replace("<mark>", "").replace("</mark>", ""));
    }
}
