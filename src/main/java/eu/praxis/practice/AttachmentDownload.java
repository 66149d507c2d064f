package eu.praxis.practice;

/**
 * An attachment the caller may download, as {@link PracticeLibrary#download} found it; its bytes come from
 * {@link PracticeLibrary#open}.
 *
 * @param mediaType detected from the content at upload; serve with this type, never a guessed one
 * @param sha256 the content's name in the file store
 */
public record AttachmentDownload(String fileName, String mediaType, long size, String sha256) {}
