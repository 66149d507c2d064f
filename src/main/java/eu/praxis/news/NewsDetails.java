package eu.praxis.news;

import eu.praxis.practice.ThemeItem;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A news item's page.
 *
 * @param bodyHtml the body rendered from Markdown and sanitised
 * @param event the event it links to, if the viewer may see it
 * @param project the project it links to
 * @param mayEdit whether the viewer changes it, its image and its publication time
 * @param version for the editor: a change made meanwhile by someone else is not overwritten
 */
public record NewsDetails(
        long id,
        int version,
        String title,
        String bodyHtml,
        String language,
        @Nullable Long groupId,
        @Nullable String groupName,
        Instant publishedAt,
        boolean scheduled,
        String authorName,
        List<ThemeItem> themes,
        @Nullable Link event,
        @Nullable Link project,
        boolean hasImage,
        boolean mayEdit,
        NewsDraft draft) {

    /** Another feature's page the item links to. */
    public record Link(long id, String label) {}
}
