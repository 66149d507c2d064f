package eu.praxis.newsletter;

import eu.praxis.base.AuditedAction;
import eu.praxis.base.Mailer;
import eu.praxis.base.NotFoundException;
import eu.praxis.base.TextInput;
import eu.praxis.base.UserFacingException;
import eu.praxis.member.MemberAccounts;
import eu.praxis.notification.NewsletterSubscribers;
import eu.praxis.security.CurrentUser;
import eu.praxis.security.Role;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The secretariat's work on the newsletter: prepares an issue from what the network published for everyone since the
 * last one ({@link NewsletterSources}), edits its subject and introduction, leaves items out, previews it in any
 * language, sends itself a test, and sends it to every subscriber ({@link NewsletterSubscribers}): the delivery rows
 * are written here, the mails go out from {@link NewsletterSender}. An issue changes only while it is a draft. Sending
 * and deleting are in the audit log ({@code newsletter.send}, {@code newsletter.delete}).
 */
@Service
@PreAuthorize("hasRole('" + Role.ADMIN_NAME + "')")
@Transactional
public class NewsletterOffice {

    private final NewsletterRepository newsletters;
    private final NewsletterDeliveries deliveries;
    private final NewsletterSources sources;
    private final NewsletterEditions editions;
    private final NewsletterSubscribers subscribers;
    private final NewsletterProperties properties;
    private final MemberAccounts accounts;
    private final Mailer mailer;
    private final MessageSource messages;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    NewsletterOffice(
            NewsletterRepository newsletters,
            NewsletterDeliveries deliveries,
            NewsletterSources sources,
            NewsletterEditions editions,
            NewsletterSubscribers subscribers,
            NewsletterProperties properties,
            MemberAccounts accounts,
            Mailer mailer,
            MessageSource messages,
            ApplicationEventPublisher publisher,
            Clock clock) {
        this.newsletters = newsletters;
        this.deliveries = deliveries;
        this.sources = sources;
        this.editions = editions;
        this.subscribers = subscribers;
        this.properties = properties;
        this.accounts = accounts;
        this.mailer = mailer;
        this.messages = messages;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** Every issue, the newest first. */
    @Transactional(readOnly = true)
    public List<NewsletterListItem> issues() {
        return newsletters.findAllByOrderByCreatedAtDescIdDesc().stream()
                .map(NewsletterOffice::listItem)
                .toList();
    }

    /**
     * A new issue with what was published for the whole network since the previous issue was sent (the first issue
     * looks back {@link NewsletterProperties#firstIssueCovers}), and the agenda of the coming weeks.
     *
     * @return its id
     */
    public long prepare() {
        var me = CurrentUser.require();
        var now = clock.instant();
        var since = newsletters
                .findFirstBySendingFromNotNullOrderBySendingFromDesc()
                .map(n -> Objects.requireNonNull(n.getSendingFrom()))
                .orElse(now.minus(properties.firstIssueCovers()));
        var items = sources.collect(since, now.plus(properties.agendaAhead()));
        // the month as a word, not a number that MessageFormat would group ("2,026")
        var month = now.atZone(clock.getZone()).format(DateTimeFormatter.ofPattern("LLLL yyyy", me.language()));
        var subject = messages.getMessage("newsletter.default-subject", new Object[] {month}, me.language());
        var issue = newsletters.save(new Newsletter(subject, me.personId(), since, items, now));
        return Objects.requireNonNull(issue.getId());
    }

    @Transactional(readOnly = true)
    public NewsletterDetails get(long id) {
        var issue = find(id);
        var counts = issue.getStatus() == NewsletterStatus.DRAFT
                ? new NewsletterDeliveries.Counts(0, 0, 0)
                : deliveries.counts(id);
        return new NewsletterDetails(
                id,
                issue.getVersion(),
                issue.getSubject(),
                issue.getIntro(),
                issue.getStatus(),
                issue.getCoversFrom(),
                issue.entries(),
                issue.getRecipients(),
                counts.done(),
                counts.sent());
    }

    /** @param expectedVersion the version the editor started from; a change made meanwhile is not overwritten */
    public void edit(long id, String subject, String intro, int expectedVersion) {
        var issue = draft(id);
        if (issue.getVersion() != expectedVersion) {
            throw new UserFacingException("newsletter.error.changed-meanwhile");
        }
        issue.edit(
                TextInput.required(subject, Newsletter.SUBJECT_MAX, "newsletter.error.subject"),
                TextInput.optional(intro, Newsletter.INTRO_MAX, "newsletter.error.intro"),
                clock.instant());
    }

    /** Leaves an item out of the issue; {@code position} as in {@link NewsletterDetails#entries()}. */
    public void removeItem(long id, int position) {
        if (!draft(id).removeItem(position, clock.instant())) {
            // another secretary left it out meanwhile: the page is stale, not the request malformed
            throw new UserFacingException("newsletter.error.changed-meanwhile");
        }
    }

    /** The issue as a reader in {@code language} gets it, with a sample in place of their unsubscribe link. */
    @Transactional(readOnly = true)
    public String preview(long id, Locale language) {
        var issue = find(id);
        return editions.text(issue.getIntro(), issue.entries(), language)
                .replace(
                        NewsletterEditions.UNSUBSCRIBE, messages.getMessage("newsletter.preview.link", null, language));
    }

    /** Mails the issue to the secretary asking, in their language, with a link that stops nothing. */
    @Transactional(readOnly = true)
    public String sendTest(long id) {
        var me = CurrentUser.require();
        var recipient = accounts.activeRecipient(me.personId()).orElseThrow(NotFoundException::new);
        var issue = find(id);
        mailer.send(
                recipient.email(),
                recipient.language(),
                "newsletter.mail.subject",
                "newsletter.mail.body",
                Map.of(
                        "subject",
                        messages.getMessage(
                                "newsletter.test-subject", new Object[] {issue.getSubject()}, recipient.language()),
                        "body",
                        preview(id, recipient.language())));
        return recipient.email();
    }

    /**
     * Starts sending the issue to every subscriber: one delivery row each, taken by {@link NewsletterSender}.
     *
     * @return how many people it goes to
     */
    public int send(long id) {
        var issue = draft(id);
        if (issue.entries().isEmpty() && issue.getIntro().isBlank()) {
            throw new UserFacingException("newsletter.error.empty");
        }
        var recipients = subscribers.ids();
        if (recipients.isEmpty()) {
            throw new UserFacingException("newsletter.error.no-recipients");
        }
        var now = clock.instant();
        issue.startSending(recipients.size(), now);
        newsletters.flush();
        deliveries.enqueue(id, recipients);
        audit("newsletter.send", id);
        return recipients.size();
    }

    public void delete(long id) {
        newsletters.delete(draft(id));
        audit("newsletter.delete", id);
    }

    private Newsletter find(long id) {
        return newsletters.findById(id).orElseThrow(NotFoundException::new);
    }

    private Newsletter draft(long id) {
        var issue = find(id);
        if (issue.getStatus() != NewsletterStatus.DRAFT) {
            throw new UserFacingException("newsletter.error.not-a-draft");
        }
        return issue;
    }

    static NewsletterListItem listItem(Newsletter n) {
        return new NewsletterListItem(
                Objects.requireNonNull(n.getId()),
                n.getSubject(),
                n.getStatus(),
                n.getCreatedAt(),
                n.getSentAt(),
                n.getRecipients());
    }

    private void audit(String action, long id) {
        publisher.publishEvent(new AuditedAction(
                CurrentUser.require().personId(), action, "newsletter", id, null, null, clock.instant()));
    }
}
