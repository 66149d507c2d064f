package eu.praxis.moderation;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One open report in a queue: who, why, when. */
public record ReportLine(
        long reportId,
        long reporterId,
        String reporterName,
        ReportReason reason,
        @Nullable String text,
        Instant at) {}
