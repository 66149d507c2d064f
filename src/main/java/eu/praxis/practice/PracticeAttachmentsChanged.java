package eu.praxis.practice;

/** An attachment was added to or removed from a practice; the search index listens (attachments are searched). */
public record PracticeAttachmentsChanged(long practiceId) {}
