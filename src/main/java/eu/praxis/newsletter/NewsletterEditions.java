package eu.praxis.newsletter;

import eu.praxis.base.Times;
import eu.praxis.base.web.SiteProperties;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes an issue as the plain-text mail a reader gets in their language: the headings, dates and footer in that
 * language; in each section the items written in that language first, the others after them with their language
 * named, as nobody translates them. The same text is the preview and the archive's page.
 */
@Component
class NewsletterEditions {

    /** Replaced per recipient with their own link that stops the newsletter. */
    static final String UNSUBSCRIBE = "%unsubscribe%";

    private static final ZoneId NETWORK_TIME = ZoneId.of("Europe/Brussels");

    private final MessageSource messages;
    private final String baseUrl;

    NewsletterEditions(MessageSource messages, SiteProperties site) {
        this.messages = messages;
        this.baseUrl = site.baseUrl();
    }

    /** The text in the reader's language, with {@link #UNSUBSCRIBE} where their link goes. */
    String text(String intro, List<NewsletterEntry> entries, Locale reader) {
        var text = new StringBuilder();
        if (!intro.isBlank()) {
            text.append(intro.strip()).append("\n\n");
        }
        for (var section : NewsletterSection.values()) {
            var lines = entries.stream()
                    .filter(e -> e.section() == section)
                    .sorted(Comparator.comparing((NewsletterEntry e) -> !readable(e, reader)))
                    .toList();
            if (lines.isEmpty()) {
                continue;
            }
            var heading = message(section.headingKey(), reader);
            text.append(heading.toUpperCase(reader)).append('\n');
            lines.forEach(entry -> line(text, entry, reader));
            text.append('\n');
        }
        text.append("-- \n")
                .append(message("newsletter.mail.footer", reader))
                .append(' ')
                .append(UNSUBSCRIBE);
        return text.toString();
    }

    /** Written in the reader's language, or in no language in particular. */
    private static boolean readable(NewsletterEntry entry, Locale reader) {
        return entry.language().equals(NewsletterItem.UNKNOWN_LANGUAGE)
                || entry.language().equals(reader.getLanguage());
    }

    private void line(StringBuilder text, NewsletterEntry entry, Locale reader) {
        text.append("* ").append(entry.title());
        if (!readable(entry, reader)) {
            text.append(" [")
                    .append(Locale.of(entry.language()).getDisplayLanguage(reader))
                    .append(']');
        }
        text.append('\n');
        var when = entry.occursAt() == null
                ? ""
                : entry.section() == NewsletterSection.CALLS
                        ? message("newsletter.deadline", reader, Times.moment(entry.occursAt(), NETWORK_TIME, reader))
                        : entry.section() == NewsletterSection.AGENDA
                                ? Times.moment(entry.occursAt(), NETWORK_TIME, reader)
                                : Times.date(entry.occursAt(), NETWORK_TIME, reader);
        if (!when.isEmpty() || !entry.summary().isBlank()) {
            text.append("  ").append(when);
            if (!when.isEmpty() && !entry.summary().isBlank()) {
                text.append(" – ");
            }
            text.append(entry.summary()).append('\n');
        }
        text.append("  ").append(baseUrl).append('/').append(entry.path()).append('\n');
    }

    private String message(String key, Locale reader, Object... arguments) {
        return messages.getMessage(key, arguments, reader);
    }
}
