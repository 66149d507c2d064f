package eu.praxis.notification;

import eu.praxis.member.MemberAccounts;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Daily and weekly digest mails: for each person, the notifications waiting for that digest. The scheduled
 * {@link DigestJob} calls {@link #sendDue()}; tests call it directly with their clock.
 *
 * <p>Sent at most once (DD013): per person, one transaction records the digest of the period (unique per
 * person, period and start day) and claims its notifications; only after that commit is the mail sent. A
 * second node, a second run or a run after a restart finds the period recorded and sends nothing; a mail
 * that fails is given back (record deleted, notifications released) for the next run. A crash between
 * commit and sending loses that mail, never doubles it; the notifications stay in the app.
 */
@Component
public class Digests {

    private static final Logger log = LoggerFactory.getLogger(Digests.class);

    private final NotificationRepository notifications;
    private final NotificationDigestRepository digests;
    private final NotificationMails mails;
    private final MemberAccounts accounts;
    private final Clock clock;
    private final ZoneId zone;
    private final TransactionTemplate ownTransaction;

    Digests(
            NotificationRepository notifications,
            NotificationDigestRepository digests,
            NotificationMails mails,
            MemberAccounts accounts,
            Clock clock,
            PlatformTransactionManager transactions,
            @Value("${praxis.notification.zone:Europe/Brussels}") ZoneId zone) {
        this.notifications = notifications;
        this.digests = digests;
        this.mails = mails;
        this.accounts = accounts;
        this.clock = clock;
        this.zone = zone;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Today's daily digests, and on Mondays the weekly ones. */
    public void sendDue() {
        send(DigestPeriod.DAILY);
        if (LocalDate.ofInstant(clock.instant(), zone).getDayOfWeek() == DayOfWeek.MONDAY) {
            send(DigestPeriod.WEEKLY);
        }
    }

    /**
     * The digests of the current period (by the clock, in the network's time zone) that are not sent yet.
     *
     * @return how many were sent
     */
    public int send(DigestPeriod period) {
        var now = clock.instant();
        var start = period.startOf(LocalDate.ofInstant(now, zone));
        var sent = 0;
        for (var personId : notifications.recipientsWaitingFor(period.delivery(), now)) {
            var claimed = claim(personId, period, start);
            if (claimed.isPresent() && mail(claimed.get(), period)) {
                sent++;
            }
        }
        return sent;
    }

    private record Claimed(long digestId, long personId, List<Notification> notifications) {}

    private Optional<Claimed> claim(long personId, DigestPeriod period, LocalDate start) {
        try {
            return Objects.requireNonNull(ownTransaction.execute(status -> {
                if (digests.existsByPersonIdAndPeriodAndPeriodStart(personId, period, start)) {
                    return Optional.<Claimed>empty();
                }
                var now = clock.instant();
                var waiting = notifications.waitingFor(personId, period.delivery(), now);
                if (waiting.isEmpty()) {
                    return Optional.<Claimed>empty();
                }
                var digest = digests.saveAndFlush(new NotificationDigest(personId, period, start, now, waiting.size()));
                var digestId = Objects.requireNonNull(digest.getId());
                var ids = waiting.stream()
                        .map(n -> Objects.requireNonNull(n.getId()))
                        .toList();
                if (notifications.claimForDigest(ids, digestId) != ids.size()) {
                    // another run took some of them meanwhile: leave this period to it
                    status.setRollbackOnly();
                    return Optional.<Claimed>empty();
                }
                return Optional.of(new Claimed(digestId, personId, waiting));
            }));
        } catch (DataIntegrityViolationException e) {
            // another node recorded this person's digest of the period first
            return Optional.empty();
        }
    }

    private boolean mail(Claimed claimed, DigestPeriod period) {
        try {
            var recipient = accounts.activeAccount(claimed.personId()).orElse(null);
            if (recipient != null) {
                mails.sendDigest(period, claimed.notifications(), recipient);
                return true;
            }
            return false;
        } catch (RuntimeException e) {
            log.warn(
                    "Could not send the {} digest of person {}; the next run tries again",
                    period,
                    claimed.personId(),
                    e);
            ownTransaction.executeWithoutResult(status -> {
                notifications.releaseDigest(claimed.digestId());
                digests.deleteById(claimed.digestId());
            });
            return false;
        }
    }
}
