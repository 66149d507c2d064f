package eu.praxis.notification;

import eu.praxis.base.Mailer;
import eu.praxis.member.MemberAccounts;
import eu.praxis.security.PraxisUser;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes notification mails in the recipient's language: one notification at once, or a digest. Each notification
 * links to its page, a new event also to the one-click register link ({@link RegisterLinks}). Every mail ends with a
 * link that stops this kind of mail without logging in, and one to all settings.
 */
@Component
class NotificationMails {

    private final Mailer mailer;
    private final MessageSource messages;
    private final MemberAccounts accounts;
    private final MailTokens tokens;
    private final String baseUrl;

    NotificationMails(
            Mailer mailer,
            MessageSource messages,
            MemberAccounts accounts,
            MailTokens tokens,
            @Value("${praxis.base-url:http://localhost:8080}") String baseUrl) {
        this.mailer = mailer;
        this.messages = messages;
        this.accounts = accounts;
        this.tokens = tokens;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    void sendImmediate(Notification notification, PraxisUser recipient) {
        var language = recipient.language();
        var text = text(notification, names(List.of(notification)), language);
        mailer.send(
                recipient.email(),
                language,
                "notification.mail.subject",
                "notification.mail.body",
                Map.of(
                        "name", recipient.displayName(),
                        "text", text,
                        "link", links(notification, recipient.personId(), language, "\n"),
                        "unsubscribe", unsubscribeUrl(recipient.personId(), notification.getKind()),
                        "settings", url(NotificationService.SETTINGS_PATH)));
    }

    void sendDigest(DigestPeriod period, List<Notification> notifications, PraxisUser recipient) {
        var language = recipient.language();
        var names = names(notifications);
        var items = notifications.stream()
                .map(n -> "- " + text(n, names, language) + "\n  " + links(n, recipient.personId(), language, "\n  "))
                .collect(Collectors.joining("\n"));
        var kinds =
                notifications.stream().map(Notification::getKind).collect(Collectors.toCollection(LinkedHashSet::new));
        var unsubscribe = kinds.stream()
                .map(k -> messages.getMessage(k.labelKey(), null, language) + ": "
                        + unsubscribeUrl(recipient.personId(), k))
                .collect(Collectors.joining("\n"));
        var prefix = "notification.digest." + period.name().toLowerCase(Locale.ROOT);
        mailer.send(
                recipient.email(),
                language,
                prefix + ".subject",
                "notification.digest.body",
                Map.of(
                        "name", recipient.displayName(),
                        "count", Integer.toString(notifications.size()),
                        "period", messages.getMessage(prefix + ".name", null, language),
                        "items", items,
                        "unsubscribe", unsubscribe,
                        "settings", url(NotificationService.SETTINGS_PATH)));
    }

    private String text(Notification notification, Map<Long, String> names, Locale language) {
        var actor = notification.getActorId() == null ? null : names.get(notification.getActorId());
        return messages.getMessage(
                notification.getKind().textKey(),
                new Object[] {
                    actor == null ? "?" : actor, notification.getSubject().title()
                },
                language);
    }

    /** The notification's page and, for a new event, the recipient's one-click register link, one a line. */
    private String links(Notification notification, long personId, Locale language, String newLine) {
        var subject = notification.getSubject();
        var page = url(subject.permalink());
        if (notification.getKind() != NotificationKind.NEW_EVENT || subject.type() != SubjectType.EVENT) {
            return page;
        }
        return page + newLine + messages.getMessage("notification.mail.register", null, language) + " "
                + url(RegisterLinks.PATH + "/" + tokens.registerToken(personId, subject.id()));
    }

    private Map<Long, String> names(Collection<Notification> notifications) {
        var ids = notifications.stream()
                .map(Notification::getActorId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        return accounts.namesOf(ids);
    }

    String unsubscribeUrl(long personId, NotificationKind kind) {
        return url(NotificationService.UNSUBSCRIBE_PATH + "/" + tokens.unsubscribeToken(personId, kind));
    }

    private String url(String path) {
        return baseUrl + "/" + path;
    }
}
