package eu.praxis.publication;

/** A file as a publication's page lists it; the link is {@link PublicationPaths#file}. */
public record PublicationFileItem(long id, String fileName, String mediaType, long size) {}
