package eu.praxis.news;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a writer gives for a news item.
 *
 * @param body Markdown, rendered and sanitised like posts
 * @param language the item's language code ({@link eu.praxis.practice.PracticeLanguages})
 * @param groupId the working group it is news of; null for news of the whole network
 * @param publishedAt when it appears; null for now
 * @param eventId an event it announces or reports on, if any
 * @param projectId a project it is about, if any
 */
public record NewsDraft(
        String title,
        String body,
        String language,
        @Nullable Long groupId,
        @Nullable Instant publishedAt,
        Set<Long> themeIds,
        @Nullable Long eventId,
        @Nullable Long projectId) {

    public NewsDraft {
        themeIds = Set.copyOf(themeIds);
    }
}
