package eu.praxis.discussion;

/** The author changed a reply; the search index listens (a thread is searched with its replies). */
public record ReplyEdited(long threadId, long replyId) {}
