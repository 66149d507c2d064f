package eu.praxis.base.files;

/**
 * An upload that passed inspection and is in the {@link FileStore}: what a feature records as attachment
 * metadata.
 *
 * @param sha256 the content's name in the store
 * @param mediaType detected from the content; serve the file with this type, never the browser's claim
 * @param fileName the name the uploader gave, for display and Content-Disposition only
 * @param created see {@link StoredFile#created()}: only then may the caller delete the content when its own
 *     transaction fails
 */
public record AcceptedFile(String sha256, long size, String mediaType, String fileName, boolean created) {}
