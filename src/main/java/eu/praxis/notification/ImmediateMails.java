package eu.praxis.notification;

import eu.praxis.member.MemberAccounts;
import java.time.Clock;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Mails notifications whose recipients want them at once. Each mail is claimed in a transaction of its
 * own before it is sent ({@code emailed_at}), so that a redelivered event or a second node never sends it
 * twice; a mail that fails is given back and the event is left incomplete, so that the registry
 * redelivers it on restart and only the unsent mails go out then.
 */
@Component
class ImmediateMails {

    private static final Logger log = LoggerFactory.getLogger(ImmediateMails.class);

    private final NotificationRepository notifications;
    private final NotificationMails mails;
    private final MemberAccounts accounts;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;

    ImmediateMails(
            NotificationRepository notifications,
            NotificationMails mails,
            MemberAccounts accounts,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.notifications = notifications;
        this.mails = mails;
        this.accounts = accounts;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @ApplicationModuleListener
    void on(NotificationMailDue event) {
        var failed = event.notificationIds().stream().filter(id -> !send(id)).toList();
        if (!failed.isEmpty()) {
            throw new IllegalStateException("Notification mails not sent, to be retried: " + failed);
        }
    }

    /** @return false if the mail should have gone and could not */
    private boolean send(long notificationId) {
        var claimed = Objects.requireNonNull(
                ownTransaction.execute(status -> notifications.claimForMail(notificationId, clock.instant()) == 1));
        if (!claimed) {
            return true;
        }
        try {
            notifications.findById(notificationId).ifPresent(notification -> {
                var recipient =
                        accounts.activeAccount(notification.getRecipientId()).orElse(null);
                if (recipient != null) {
                    mails.sendImmediate(notification, recipient);
                }
            });
            return true;
        } catch (RuntimeException e) {
            log.warn("Could not mail notification {}; it will be tried again", notificationId, e);
            ownTransaction.executeWithoutResult(status -> notifications.releaseMailClaim(notificationId));
            return false;
        }
    }
}
