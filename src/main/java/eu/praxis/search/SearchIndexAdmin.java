package eu.praxis.search;

/**
 * The secretariat's index operations (implemented by {@code IndexAdministration}, admins only).
 */
public interface SearchIndexAdmin {

    /**
     * Starts rebuilding the whole index in the background (mass indexer); search keeps working meanwhile but
     * finds only what is already reindexed. A second start while one runs is refused (UserFacingException).
     */
    RebuildStatus startRebuild();

    RebuildStatus status();
}
