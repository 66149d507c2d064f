package eu.praxis.search;

/** What a search result is; also the "type" facet. */
public enum ResultKind {
    SHEET,
    CASE_STUDY,
    THREAD,
    EVENT,
    PROJECT,
    CALL,
    PUBLICATION
}
