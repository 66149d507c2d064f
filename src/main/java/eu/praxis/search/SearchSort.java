package eu.praxis.search;

public enum SearchSort {
    RELEVANCE,
    NEWEST,
    OLDEST
}
