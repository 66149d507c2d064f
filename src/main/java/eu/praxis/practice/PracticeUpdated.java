package eu.praxis.practice;

/** A practice was edited (published or not); the search index and followers of the practice listen. */
public record PracticeUpdated(long practiceId, long editorId, boolean published) {}
