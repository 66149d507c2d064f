package eu.praxis.search;

/**
 * The secretariat's index operations. API SKELETON: the implementation comes with the search-core work.
 */
public interface SearchIndexAdmin {

    /** Starts rebuilding the whole index in the background (mass indexer); search keeps working meanwhile. */
    RebuildStatus startRebuild();

    RebuildStatus status();
}
