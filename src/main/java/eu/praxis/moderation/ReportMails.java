package eu.praxis.moderation;

import eu.praxis.base.Mailer;
import eu.praxis.member.MemberAccounts;
import java.util.Map;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Mails reporters the outcome and authors a moderator's warning, in their language. After commit and through
 * the event publication registry, so that a resolution that rolls back sends nothing and a mail server that is
 * down is retried on restart. In-app notifications may listen to the same events later.
 */
@Component
class ReportMails {

    private final ReportRepository reports;
    private final MemberAccounts accounts;
    private final Mailer mailer;

    ReportMails(ReportRepository reports, MemberAccounts accounts, Mailer mailer) {
        this.reports = reports;
        this.accounts = accounts;
        this.mailer = mailer;
    }

    @ApplicationModuleListener
    void on(ReportResolved event) {
        var report = reports.findById(event.reportId()).orElse(null);
        var reporter = accounts.activeRecipient(event.reporterId()).orElse(null);
        if (report == null || reporter == null) {
            return;
        }
        mailer.send(
                reporter.email(),
                reporter.language(),
                "moderation.mail.resolved.subject",
                "moderation.mail.resolved." + event.outcome().key(),
                Map.of("name", reporter.name(), "title", report.getContentTitle()));
    }

    @ApplicationModuleListener
    void on(AuthorWarned event) {
        var author = accounts.activeRecipient(event.authorId()).orElse(null);
        if (author == null) {
            return;
        }
        mailer.send(
                author.email(),
                author.language(),
                "moderation.mail.warned.subject",
                "moderation.mail.warned.body",
                Map.of("name", author.name(), "title", event.contentTitle(), "message", event.message()));
    }
}
