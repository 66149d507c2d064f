package eu.praxis.search;

/** The practice library searches practices only; the global search also searches discussions and events. */
public enum SearchScope {
    LIBRARY,
    EVERYTHING
}
