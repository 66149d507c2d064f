package eu.praxis.moderation;

import java.util.Set;

/**
 * A member reported content; for notifications of the moderators (the leads of {@code groupIds}, the
 * secretariat when there is none). Published in the reporting transaction.
 */
public record ContentReported(
        long reportId, ReportedType targetType, long targetId, Set<Long> groupIds, long reporterId) {}
