package eu.praxis.practice;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a practice's history, for those who may read it ({@link PracticePolicy#mayReadHistory}): the
 * version it made (numbered from 1, the oldest), who ({@code personId} {@code null} or 0 for the system), when,
 * the status after the change and the names of the changed properties (e.g. {@code title}, {@code themeIds}), the
 * reason a moderator gave ({@code null} for ordinary edits), and whether the caller may open the text as it was then
 * ({@link PracticePolicy#mayReadRevision}: a draft's texts only for the author's organisation).
 */
public record RevisionSummary(
        long revisionNumber,
        int version,
        Instant when,
        @Nullable Long personId,
        String personName,
        PracticeStatus status,
        Set<String> changedFields,
        @Nullable String reason,
        boolean readable) {}
