package eu.praxis.search;

/** The practice library searches practices only; the global search also searches discussions. */
public enum SearchScope {
    LIBRARY,
    EVERYTHING
}
