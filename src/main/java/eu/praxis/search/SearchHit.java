package eu.praxis.search;

import eu.praxis.practice.EvidenceLevel;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One result. {@code snippetHtml} is escaped text in which only {@code <mark>} tags mark the matched
 * words (safe to render as HTML); {@code path} is the result's permalink path within the application
 * (e.g. {@code /practices/12/night-mayor}, {@code /threads/5}). {@code hidden} and {@code deleted} (by a
 * moderator) only ever come true for those who still find such items: their author, the leads, the secretariat.
 * {@code evidenceLevel}: a practice's, once a reviewer gave one (DD032).
 */
public record SearchHit(
        ResultKind kind,
        long id,
        String title,
        String snippetHtml,
        String path,
        @Nullable String city,
        @Nullable String country,
        @Nullable Integer year,
        String language,
        @Nullable Instant date,
        List<String> themes,
        List<String> groups,
        float score,
        boolean hidden,
        boolean deleted,
        @Nullable EvidenceLevel evidenceLevel) {}
