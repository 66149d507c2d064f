package eu.praxis.search;

import java.util.List;

/**
 * A page of results with the total and the facets. {@code suggestions} are offered when nothing
 * matched (e.g. a query without the facet filters, or the thesaurus' preferred terms).
 */
public record SearchResults(List<SearchHit> hits, long total, SearchFacets facets, List<String> suggestions) {
}
