package eu.praxis.newsletter;

import eu.praxis.base.BackgroundJobs;
import eu.praxis.base.Mailer;
import eu.praxis.member.MailRecipient;
import eu.praxis.member.MemberAccounts;
import eu.praxis.notification.NewsletterSubscribers;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers the issues being sent, a batch of recipients at a time, every {@link NewsletterProperties#sendInterval}. For
 * each recipient the delivery row is claimed (a conditional update, committed) before the mail is sent and marked sent
 * right after, so a restart, or a second node, goes on with the rows nobody has; a claim cut off by a crash is taken
 * again after {@link NewsletterProperties#claimLease}. The one mail in flight when a node dies may so go twice; no
 * other. A refused mail leaves its row waiting and stops the round; {@link BackgroundJobs} logs it and the next round
 * tries again. A round stops after {@link #ROUND} so that other scheduled work is not held up.
 */
@Component
class NewsletterSender implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(NewsletterSender.class);
    private static final Duration ROUND = Duration.ofSeconds(20);

    private final NewsletterRepository newsletters;
    private final NewsletterDeliveries deliveries;
    private final NewsletterEditions editions;
    private final NewsletterSubscribers subscribers;
    private final MemberAccounts accounts;
    private final Mailer mailer;
    private final BackgroundJobs jobs;
    private final NewsletterProperties properties;
    private final TransactionTemplate transaction;
    private final Clock clock;

    NewsletterSender(
            NewsletterRepository newsletters,
            NewsletterDeliveries deliveries,
            NewsletterEditions editions,
            NewsletterSubscribers subscribers,
            MemberAccounts accounts,
            Mailer mailer,
            BackgroundJobs jobs,
            NewsletterProperties properties,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.newsletters = newsletters;
        this.deliveries = deliveries;
        this.editions = editions;
        this.subscribers = subscribers;
        this.accounts = accounts;
        this.mailer = mailer;
        this.jobs = jobs;
        this.properties = properties;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        var interval = properties.sendInterval();
        registrar.addFixedDelayTask(
                new FixedDelayTask(() -> jobs.run("newsletter sending", this::deliverDue), interval, interval));
    }

    /** @return how many mails this round sent */
    int deliverDue() {
        var started = System.nanoTime();
        var sent = 0;
        for (var issue : newsletters.findByStatus(NewsletterStatus.SENDING)) {
            sent += deliver(issue, started);
        }
        return sent;
    }

    private int deliver(Newsletter issue, long started) {
        var id = Objects.requireNonNull(issue.getId());
        var released = deliveries.releaseStale(id, clock.instant().minus(properties.claimLease()));
        if (released > 0) {
            log.warn("Newsletter {}: {} recipients claimed by a sender that stopped are taken again", id, released);
        }
        // read once, in a transaction of its own: the items are a lazy collection
        var content = Objects.requireNonNull(transaction.execute(status -> newsletters
                .findById(id)
                .map(n -> new Content(n.getSubject(), n.getIntro(), n.entries()))
                .orElseThrow()));
        var texts = new HashMap<Locale, String>();
        var sent = 0;
        // a node shutting down interrupts its scheduler's threads: stop between mails, the rest waits for a node
        while (Duration.ofNanos(System.nanoTime() - started).compareTo(ROUND) < 0
                && !Thread.currentThread().isInterrupted()) {
            var batch = deliveries.pending(id, properties.batchSize());
            if (batch.isEmpty()) {
                finishIfDone(id);
                break;
            }
            var recipients = accounts.activeRecipients(batch);
            for (var personId : batch) {
                sent += deliverTo(id, content, personId, recipients.get(personId), texts) ? 1 : 0;
            }
        }
        return sent;
    }

    /** What every recipient of an issue gets, before their language and link are put in. */
    private record Content(String subject, String intro, List<NewsletterEntry> entries) {}

    private boolean deliverTo(
            long id, Content content, long personId, @Nullable MailRecipient recipient, Map<Locale, String> texts) {
        if (recipient == null) {
            // the person left or was disabled since the sending started
            deliveries.skipped(id, personId, clock.instant());
            return false;
        }
        if (!deliveries.claim(id, personId, clock.instant())) {
            return false;
        }
        var text = texts.computeIfAbsent(
                recipient.language(), language -> editions.text(content.intro(), content.entries(), language));
        try {
            mailer.send(
                    recipient.email(),
                    recipient.language(),
                    "newsletter.mail.subject",
                    "newsletter.mail.body",
                    Map.of(
                            "subject",
                            content.subject(),
                            "body",
                            text.replace(NewsletterEditions.UNSUBSCRIBE, subscribers.unsubscribeUrl(personId))));
        } catch (MailException e) {
            deliveries.unclaim(id, personId);
            throw e;
        }
        deliveries.sent(id, personId, clock.instant());
        return true;
    }

    private void finishIfDone(long id) {
        transaction.executeWithoutResult(status -> {
            if (deliveries.counts(id).pending() == 0) {
                newsletters
                        .findById(id)
                        .filter(n -> n.getStatus() == NewsletterStatus.SENDING)
                        .ifPresent(n -> n.sent(clock.instant()));
            }
        });
    }
}
