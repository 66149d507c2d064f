package eu.praxis.newsletter;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One line of an issue, copied from the feature it points to when the issue was prepared.
 *
 * <p>An embeddable class rather than a record: Hibernate needs to instantiate and fill it.
 */
@Embeddable
class NewsletterItem {

    static final int TITLE_MAX = 300;
    static final int SUMMARY_MAX = 600;

    /** The language of content that does not say which it is in. */
    static final String UNKNOWN_LANGUAGE = "";

    @Enumerated(EnumType.STRING)
    @Column(name = "section", nullable = false)
    private NewsletterSection section = NewsletterSection.NEWS;

    @Column(name = "title", nullable = false)
    private String title = "";

    /** The page's path on the site, without the leading slash (the features' paths classes). */
    @Column(name = "path", nullable = false)
    private String path = "";

    @Column(name = "language", nullable = false)
    private String language = "en";

    @Column(name = "occurs_at")
    private @Nullable Instant occursAt;

    @Column(name = "summary", nullable = false)
    private String summary = "";

    protected NewsletterItem() {}

    NewsletterItem(
            NewsletterSection section,
            String title,
            String path,
            String language,
            @Nullable Instant occursAt,
            String summary) {
        this.section = section;
        this.title = cut(title, TITLE_MAX);
        this.path = path;
        this.language = language;
        this.occursAt = occursAt;
        this.summary = cut(summary, SUMMARY_MAX);
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    NewsletterSection section() {
        return section;
    }

    String title() {
        return title;
    }

    String path() {
        return path;
    }

    String language() {
        return language;
    }

    @Nullable
    Instant occursAt() {
        return occursAt;
    }

    String summary() {
        return summary;
    }

    NewsletterEntry entry() {
        return new NewsletterEntry(section, title, path, language, occursAt, summary);
    }
}
