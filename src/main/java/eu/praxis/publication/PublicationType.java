package eu.praxis.publication;

/** What kind of publication it is; the library's type filter. */
public enum PublicationType {
    GUIDEBOOK,
    REPORT,
    MANIFESTO,
    RESOLUTION,
    CONCEPT_NOTE,
    ARTICLE,
    PROCEEDINGS
}
