package eu.praxis.news;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A news item in a list.
 *
 * @param groupName the group it is news of; null for the network's news
 * @param scheduled whether it is not shown to readers yet (only its writers list it)
 * @param teaser the start of its text, without Markdown
 */
public record NewsListItem(
        long id,
        String title,
        String teaser,
        String language,
        @Nullable Long groupId,
        @Nullable String groupName,
        Instant publishedAt,
        boolean scheduled,
        boolean hasImage) {}
