package eu.praxis.moderation;

/**
 * Moderators resolved a report: the reporter is told the outcome (by mail now, {@code ReportMails}; in-app
 * notifications may listen too). Published in the resolving transaction, once per report.
 */
public record ReportResolved(long reportId, long reporterId, ReportOutcome outcome) {}
