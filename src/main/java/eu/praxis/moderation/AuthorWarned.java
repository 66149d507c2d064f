package eu.praxis.moderation;

/**
 * A moderator resolved reports by writing to the content's author; {@code ReportMails} mails them the
 * message, in their language, after commit.
 */
public record AuthorWarned(
        long authorId, ReportedType targetType, long targetId, String contentTitle, String message, long moderatorId) {}
