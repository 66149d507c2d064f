package eu.praxis.moderation;

import eu.praxis.base.Mailer;
import eu.praxis.member.MemberService;
import eu.praxis.member.PersonStatus;
import eu.praxis.member.PersonSummary;
import eu.praxis.security.Role;
import eu.praxis.security.RunAs;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
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
    private final MemberService members;
    private final Mailer mailer;

    ReportMails(ReportRepository reports, MemberService members, Mailer mailer) {
        this.reports = reports;
        this.members = members;
        this.mailer = mailer;
    }

    @ApplicationModuleListener
    void on(ReportResolved event) {
        var report = reports.findById(event.reportId()).orElse(null);
        var reporter = activePerson(event.reporterId());
        if (report == null || reporter == null) {
            return;
        }
        mailer.send(reporter.email(), reporter.language(), "moderation.mail.resolved.subject",
                "moderation.mail.resolved." + event.outcome().key(),
                Map.of("name", reporter.name(), "title", report.getContentTitle()));
    }

    @ApplicationModuleListener
    void on(AuthorWarned event) {
        var author = activePerson(event.authorId());
        if (author == null) {
            return;
        }
        mailer.send(author.email(), author.language(), "moderation.mail.warned.subject", "moderation.mail.warned.body",
                Map.of("name", author.name(), "title", event.contentTitle(), "message", event.message()));
    }

    private @Nullable PersonSummary activePerson(long personId) {
        var person = RunAs.person(0, Role.ADMIN, () -> members.summaries(List.of(personId)).get(personId));
        return person == null || person.status() != PersonStatus.ACTIVE ? null : person;
    }
}
