package eu.praxis.practice;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a practice's history: who ({@code personId} {@code null} or 0 for the system), when,
 * the status after the change and the names of the changed properties (e.g. {@code title},
 * {@code themeIds}), and the reason a moderator gave for their edit ({@code null} for ordinary edits).
 */
public record RevisionSummary(
        long revisionNumber,
        Instant when,
        @Nullable Long personId,
        String personName,
        PracticeStatus status,
        Set<String> changedFields,
        @Nullable String reason) {}
