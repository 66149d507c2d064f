package eu.praxis.publication;

/**
 * A file the caller may download, as {@link PublicationLibrary#download} or {@link PublicPublications#download} found
 * it; its bytes come from their {@code open}.
 *
 * @param mediaType detected from the content at upload; serve with this type, never a guessed one
 * @param sha256 the content's name in the file store
 */
public record PublicationFileDownload(String fileName, String mediaType, long size, String sha256) {}
