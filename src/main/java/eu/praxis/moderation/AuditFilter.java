package eu.praxis.moderation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/** What the audit log shows: every non-null part must match; {@code from} inclusive, {@code until} exclusive. */
public record AuditFilter(
        @Nullable Long groupId,
        @Nullable Long actorId,
        @Nullable String action,
        @Nullable Instant from,
        @Nullable Instant until) {

    public static final AuditFilter ALL = new AuditFilter(null, null, null, null, null);

    /** With a range of days, both included, in the given time zone. */
    public static AuditFilter ofDays(
            @Nullable Long groupId,
            @Nullable Long actorId,
            @Nullable String action,
            @Nullable LocalDate firstDay,
            @Nullable LocalDate lastDay,
            ZoneId zone) {
        return new AuditFilter(
                groupId,
                actorId,
                action,
                firstDay == null ? null : firstDay.atStartOfDay(zone).toInstant(),
                lastDay == null ? null : lastDay.plusDays(1).atStartOfDay(zone).toInstant());
    }
}
