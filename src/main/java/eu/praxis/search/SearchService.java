package eu.praxis.search;

import eu.praxis.practice.PracticeDetails;
import java.util.List;
import java.util.function.Consumer;

/**
 * Permission-aware full-text search. Every query carries the searcher's permission filter, so
 * results, totals, facets and snippets only ever contain what the current user may see (implemented by
 * {@code LibrarySearch}). Index changes are applied asynchronously through the outbox: a change is found a
 * moment after its commit.
 */
public interface SearchService {

    /** One page of results ({@code offset}, {@code limit}) with the total and facets. Never throws on odd input. */
    SearchResults search(SearchRequest request, int offset, int limit);

    /** All results of the search, in order, fed to {@code sink} without loading them all at once (export). */
    void forEachHit(SearchRequest request, Consumer<SearchHit> sink);

    /**
     * Practices like this one (more-like-this over the index), only those the user may see; never itself. The
     * practice is the one its page loaded for the user (so they may see it).
     */
    List<SearchHit> similarPractices(PracticeDetails practice, int max);
}
