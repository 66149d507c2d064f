package eu.praxis.publication;

/** Another edition of a publication: the same work in another language. */
public record PublicationEdition(long id, String language, String title) {}
