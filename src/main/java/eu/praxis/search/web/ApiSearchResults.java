package eu.praxis.search.web;

import eu.praxis.search.SearchFacets;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A page of {@code GET /api/v1/search}: the total over all pages, the page asked for, its hits and the
 * facet counts over all hits. {@code suggestions} are offered when nothing matched. When the query as typed
 * matched nothing, the hits may be those of {@code correctedQuery} (its spelling corrected from the library's
 * own words). The first {@code fullMatches} hits match the whole query; when they are fewer than a page, hits that
 * match only some of its words follow them.
 */
public record ApiSearchResults(
        long total,
        int page,
        int size,
        List<Hit> hits,
        SearchFacets facets,
        List<String> suggestions,
        @Nullable String correctedQuery,
        long fullMatches) {

    /**
     * One hit. {@code snippetHtml} is escaped text where only {@code <mark>} tags mark the matched words;
     * {@code url} is the result's absolute permalink (a page for logged-in people, not an API address);
     * {@code evidenceLevel} a practice's evidence level as the {@code evidenceLevel} parameter takes it, once a
     * reviewer gave one.
     */
    public record Hit(
            String kind,
            long id,
            String title,
            String snippetHtml,
            String url,
            @Nullable String city,
            @Nullable String country,
            @Nullable Integer year,
            String language,
            @Nullable Instant date,
            List<String> themes,
            List<String> groups,
            float score,
            @Nullable String evidenceLevel) {}
}
