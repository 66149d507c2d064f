package eu.praxis.search;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A page of results with the total and the facets. {@code suggestions} are offered when nothing
 * matched (e.g. a query without the facet filters, or the thesaurus' preferred terms). When the query as
 * typed found nothing, the results may be those of {@code correctedQuery} (its unknown words spelt as the
 * library spells them: "did you mean"). The first {@code fullMatches} results match the query; when there are
 * fewer of them than a page, texts that match only some of its words follow them ({@link #partial()}).
 */
public record SearchResults(
        List<SearchHit> hits,
        long total,
        SearchFacets facets,
        List<String> suggestions,
        @Nullable String correctedQuery,
        long fullMatches) {

    /** Whether some results match only part of the query. */
    public boolean partial() {
        return total > fullMatches;
    }
}
