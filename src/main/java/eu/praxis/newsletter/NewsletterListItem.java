package eu.praxis.newsletter;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An issue in the secretariat's list or the archive. */
public record NewsletterListItem(
        long id,
        String subject,
        NewsletterStatus status,
        Instant createdAt,
        @Nullable Instant sentAt,
        int recipients) {}
