package eu.praxis.event;

import eu.praxis.base.Mailer;
import eu.praxis.base.Times;
import eu.praxis.member.MemberAccounts;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Mails about a person's place, each with the event as an {@code .ics} attachment: confirmed on registration,
 * confirmed on promotion from the waiting list, and the cancellation of the event. Sent after the transaction
 * committed, in the background (a slow mail server never holds a registration); Spring Modulith's publication
 * registry retries a mail that failed on the next start. Texts in the person's language.
 */
@Component
class EventMails {

    private static final Logger log = LoggerFactory.getLogger(EventMails.class);

    private final EventRepository events;
    private final MemberAccounts accounts;
    private final ICalendars icalendars;
    private final Mailer mailer;

    EventMails(EventRepository events, MemberAccounts accounts, ICalendars icalendars, Mailer mailer) {
        this.events = events;
        this.accounts = accounts;
        this.icalendars = icalendars;
        this.mailer = mailer;
    }

    @ApplicationModuleListener
    void on(RegistrationConfirmed registered) {
        send(
                registered.eventId(),
                registered.personId(),
                "event.mail.registered.subject",
                "event.mail.registered.body");
    }

    @ApplicationModuleListener
    void on(RegistrationPromoted promoted) {
        send(promoted.eventId(), promoted.personId(), "event.mail.promoted.subject", "event.mail.promoted.body");
    }

    @ApplicationModuleListener
    void on(EventCancelled cancelled) {
        cancelled
                .registeredPersonIds()
                .forEach(personId -> send(
                        cancelled.eventId(), personId, "event.mail.cancelled.subject", "event.mail.cancelled.body"));
    }

    private void send(long eventId, long personId, String subjectKey, String bodyKey) {
        var event = events.findById(eventId).orElse(null);
        var person = accounts.activeRecipient(personId).orElse(null);
        if (event == null || person == null) {
            log.info(
                    "No mail {} for event {} to person {}: event or active person not found",
                    subjectKey,
                    eventId,
                    personId);
            return;
        }
        var language = person.language();
        var ics = icalendars.invitation(event, person.name(), person.email(), !event.isCancelled());
        mailer.send(
                person.email(),
                language,
                subjectKey,
                bodyKey,
                Map.of(
                        "name", person.name(),
                        "title", event.getTitle(),
                        "when", Times.span(event.getStartsAt(), event.getEndsAt(), event.getTimeZone(), language),
                        "link", icalendars.pageUrl(eventId)),
                List.of(new Mailer.Attachment(
                        "event-" + eventId + ".ics", ICalendars.mediaType(event.isCancelled()), ics)));
    }
}
