package eu.praxis.call;

/**
 * An answer's letter as {@link CallAnswering#letter} found it for the caller; its bytes come from
 * {@link CallAnswering#openLetter}.
 *
 * @param mediaType detected from the content at upload; serve with this type, never a guessed one
 */
public record LetterDownload(String fileName, String mediaType, long size) {}
