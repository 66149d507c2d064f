package eu.praxis.group;

import eu.praxis.base.Mailer;
import eu.praxis.member.MemberAccounts;
import java.util.Map;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells a person, in their language, that their request to join was declined, with the message of the
 * one who declined. After commit and through the event publication registry, so that a declined request
 * that rolls back sends nothing and a mail server that is down is retried on restart.
 */
@Component
class JoinRequestDeclinedMail {

    private final WorkingGroupRepository groups;
    private final MemberAccounts accounts;
    private final Mailer mailer;

    JoinRequestDeclinedMail(WorkingGroupRepository groups, MemberAccounts accounts, Mailer mailer) {
        this.groups = groups;
        this.accounts = accounts;
        this.mailer = mailer;
    }

    @ApplicationModuleListener
    void on(JoinRequestDeclined event) {
        var group = groups.findById(event.groupId()).orElse(null);
        var person = accounts.activeRecipient(event.personId()).orElse(null);
        if (group == null || person == null) {
            return;
        }
        var message = event.message();
        mailer.send(
                person.email(),
                person.language(),
                "group.mail.declined.subject",
                message == null ? "group.mail.declined.body" : "group.mail.declined.body-with-message",
                Map.of(
                        "name", person.name(),
                        "group", group.getName(),
                        "message", message == null ? "" : message));
    }
}
