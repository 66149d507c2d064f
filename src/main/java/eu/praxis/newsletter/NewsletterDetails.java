package eu.praxis.newsletter;

import java.time.Instant;
import java.util.List;

/**
 * An issue in the secretariat's editor.
 *
 * @param coversFrom its items were published for the network after this moment
 * @param entries its items, in the order the editor lists them (their positions are those of {@link
 *     NewsletterOffice#removeItem})
 * @param done how many recipients have had it (sent or left out because they may no longer receive it)
 */
public record NewsletterDetails(
        long id,
        int version,
        String subject,
        String intro,
        NewsletterStatus status,
        Instant coversFrom,
        List<NewsletterEntry> entries,
        int recipients,
        int done,
        int sent) {}
