package eu.praxis.search.web;

import static eu.praxis.base.CsvCells.safe;

import eu.praxis.base.CsvCells;
import eu.praxis.base.web.Permalinks;
import eu.praxis.practice.PracticeCitation;
import eu.praxis.practice.PracticeLibrary;
import eu.praxis.search.ResultKind;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes all hits of a search as CSV or as a JSON array straight to the response, from {@link SearchService#forEachHit}
 * in chunks of {@link #CHUNK}, so that no export is ever held in memory; each practice carries the citation of its
 * current version (DD032), looked up once per chunk, so that the export stays citable after the practice changed. It writes on the request's own
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

    /**
     * One exported result: the hit's facts, its absolute permalink and its snippet as plain text; for a practice also its
     * evidence level, version, last change, author, organisation and citation (empty for other kinds).
     */
    record ExportedHit(
            String kind,
            long id,
            String title,
            String url,
            @Nullable String city,
            @Nullable String country,
            @Nullable Integer year,
            String language,
            @Nullable Instant date,
            List<String> themes,
            List<String> groups,
            String snippet,
            @Nullable String evidenceLevel,
            @Nullable Integer version,
            @Nullable Instant updatedAt,
            @Nullable String author,
            @Nullable String organisation,
            @Nullable Citation citation) {}

    /** A practice's suggested citation, naming its version. */
    record Citation(String apa, String bibtex) {}

    static final List<String> CSV_HEADER = List.of(
            "kind",
            "id",
            "title",
            "url",
            "city",
            "country",
            "year",
            "language",
            "date",
            "themes",
            "groups",
            "snippet",
            "evidence_level",
            "version",
            "updated_at",
            "author",
            "organisation",
            "citation",
            "bibtex");

    /** Hits whose practices' citations are looked up in one call. */
    static final int CHUNK = 200;

    private final SearchService search;
    private final PracticeLibrary practices;
    private final Permalinks permalinks;
    private final JsonMapper json;
    private final Clock clock;

    HitExport(SearchService search, PracticeLibrary practices, Permalinks permalinks, JsonMapper json, Clock clock) {
        this.search = search;
        this.practices = practices;
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
                printer -> forEachExported(request, e -> {
                    var citation = e.citation();
                    try {
                        printer.printRecord(
                                e.kind(),
                                e.id(),
                                safe(e.title()),
                                e.url(),
                                safe(e.city()),
                                e.country(),
                                e.year(),
                                e.language(),
                                e.date(),
                                safe(String.join("; ", e.themes())),
                                safe(String.join("; ", e.groups())),
                                safe(e.snippet()),
                                e.evidenceLevel(),
                                e.version(),
                                e.updatedAt(),
                                safe(e.author()),
                                safe(e.organisation()),
                                citation == null ? null : safe(citation.apa()),
                                citation == null ? null : safe(citation.bibtex()));
                    } catch (IOException failure) {
                        throw new UncheckedIOException(failure);
                    }
                }));
    }

    private void json(SearchRequest request, OutputStream out) {
        try (var generator = json.createGenerator(out)) {
            generator.writeStartArray();
            forEachExported(request, generator::writePOJO);
            generator.writeEndArray();
        }
    }

    private void forEachExported(SearchRequest request, Consumer<ExportedHit> sink) {
        var chunk = new ArrayList<SearchHit>(CHUNK);
        search.forEachHit(request, hit -> {
            chunk.add(hit);
            if (chunk.size() == CHUNK) {
                flush(chunk, sink);
            }
        });
        flush(chunk, sink);
    }

    private void flush(List<SearchHit> chunk, Consumer<ExportedHit> sink) {
        var practiceIds =
                chunk.stream().filter(HitExport::isPractice).map(SearchHit::id).toList();
        var citations = practices.citations(practiceIds);
        chunk.forEach(hit -> sink.accept(exported(hit, isPractice(hit) ? citations.get(hit.id()) : null)));
        chunk.clear();
    }

    private static boolean isPractice(SearchHit hit) {
        return hit.kind() == ResultKind.SHEET || hit.kind() == ResultKind.CASE_STUDY;
    }

    private ExportedHit exported(SearchHit hit, @Nullable PracticeCitation citation) {
        return new ExportedHit(
                hit.kind().name(),
                hit.id(),
                hit.title(),
                permalinks.of(hit.path()),
                hit.city(),
                hit.country(),
                hit.year(),
                hit.language(),
                hit.date(),
                hit.themes(),
                hit.groups(),
                plainText(hit.snippetHtml()),
                hit.evidenceLevel() == null ? null : hit.evidenceLevel().code(),
                citation == null ? null : citation.version(),
                citation == null ? null : citation.updatedAt(),
                citation == null ? null : citation.authorName(),
                citation == null ? null : citation.organisationName(),
                citation == null ? null : new Citation(citation.apa(), citation.bibtex()));
    }

    /** The snippet without its {@code <mark>} tags, unescaped: the only markup it carries. */
    static String plainText(String snippetHtml) {
        return HtmlUtils.htmlUnescape(snippetHtml.replace("<mark>", "").replace("</mark>", ""));
    }
}
