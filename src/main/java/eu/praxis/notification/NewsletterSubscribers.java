package eu.praxis.notification;

import eu.praxis.member.MemberAccounts;
import eu.praxis.security.Role;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who gets the network's newsletter: the members who may log in (active, in an active organisation) and have not
 * stopped it ({@link NotificationKind#NEWSLETTER} off, by the settings page or the newsletter's unsubscribe link).
 * Researchers and the secretariat are not members; the secretariat sends itself a test.
 */
@Component
public class NewsletterSubscribers {

    private final MemberAccounts accounts;
    private final NotificationSettingRepository settings;
    private final NotificationMails mails;

    NewsletterSubscribers(MemberAccounts accounts, NotificationSettingRepository settings, NotificationMails mails) {
        this.accounts = accounts;
        this.settings = settings;
        this.mails = mails;
    }

    /** Their ids, in ascending order. */
    @Transactional(readOnly = true)
    public List<Long> ids() {
        var stopped = settings.findPersonIds(NotificationKind.NEWSLETTER, Delivery.OFF);
        return accounts.viewersOf(accounts.activeWithRole(Role.MEMBER)).keySet().stream()
                .filter(id -> !stopped.contains(id))
                .sorted()
                .toList();
    }

    /** The one-click link that stops the newsletter for the person, without login. */
    public String unsubscribeUrl(long personId) {
        return mails.unsubscribeUrl(personId, NotificationKind.NEWSLETTER);
    }
}
