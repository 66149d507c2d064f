package eu.praxis.discussion;

import eu.praxis.practice.PracticePaths;

/**
 * The addresses of discussions within the application, relative (no leading slash); the one place views, mails,
 * notifications and search hits build them from. A practice's discussion lives on the practice's page.
 */
public final class DiscussionPaths {

    private DiscussionPaths() {}

    /** A group thread's page: {@code threads/{id}}. */
    public static String thread(long threadId) {
        return "threads/" + threadId;
    }

    /** Where a thread is read: its own page, or the page of the practice it discusses. */
    public static String thread(
            long threadId,
            @org.jspecify.annotations.Nullable Long practiceId,
            @org.jspecify.annotations.Nullable String practiceSlug) {
        return practiceId != null && practiceSlug != null
                ? PracticePaths.practice(practiceId, practiceSlug)
                : thread(threadId);
    }
}
