package eu.praxis.moderation;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One reported content in a moderation queue with its open reports, oldest first. {@code content} is the
 * content as the moderator sees it now, null when they no longer may (e.g. deleted by the secretariat);
 * {@code title} is then the one the first reporter saw.
 */
public record QueueItem(
        ReportedType type,
        long targetId,
        String title,
        @Nullable ReportedContent content,
        List<ReportLine> reports) {

    public int count() {
        return reports.size();
    }

    /** How many reports give each reason, most frequent first ("abusive ×2, spam ×1"). */
    public Map<ReportReason, Long> reasons() {
        var counts = new EnumMap<ReportReason, Long>(ReportReason.class);
        reports.forEach(r -> counts.merge(r.reason(), 1L, Long::sum));
        var sorted = new java.util.LinkedHashMap<ReportReason, Long>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<ReportReason, Long>comparingByValue().reversed())
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    public boolean mayHide() {
        return content != null && content.mayHide() && !content.hidden();
    }

    public boolean mayLock() {
        return content != null && content.mayLock() && !content.locked();
    }
}
