package eu.praxis.newsletter;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One line of an issue: a news item, an event, a practice or a call, as it was when the issue was prepared.
 *
 * @param path the page's path on the site, without the leading slash
 * @param language the language the item is written in
 * @param occursAt when it was published, when the event starts, or the call's deadline
 */
public record NewsletterEntry(
        NewsletterSection section,
        String title,
        String path,
        String language,
        @Nullable Instant occursAt,
        String summary) {}
