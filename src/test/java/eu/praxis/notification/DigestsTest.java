package eu.praxis.notification;

import static eu.praxis.notification.NotificationFixtures.as;
import static eu.praxis.notification.NotificationFixtures.body;
import static eu.praxis.notification.NotificationFixtures.subject;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import eu.praxis.IntegrationTest;
import eu.praxis.TestClock;
import eu.praxis.group.GroupAdministration;
import eu.praxis.group.GroupDirectory;
import eu.praxis.group.GroupMembership;
import eu.praxis.member.MemberService;
import eu.praxis.notification.NotificationFixtures.Someone;
import eu.praxis.organisation.OrganisationFixtures;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Daily and weekly digests go out once per person and period, with what waited for them, even when the
 * job runs again or a fresh instance runs after a restart; and the unsubscribe link of a mail works
 * without login, while a tampered one changes nothing.
 */
@IntegrationTest
class DigestsTest {

    private static final Pattern UNSUBSCRIBE = Pattern.compile("/notifications/unsubscribe/([A-Za-z0-9_-]+)");

    @Autowired
    Digests digests;

    @Autowired
    DigestJob job;

    @Autowired
    Notifier notifier;

    @Autowired
    NotificationService notifications;

    @Autowired
    NotificationRepository notificationRepository;

    @Autowired
    NotificationDigestRepository digestRepository;

    @Autowired
    NotificationMails mails;

    @Autowired
    eu.praxis.member.MemberAccounts accounts;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    TestClock clock;

    @Autowired
    MemberService members;

    @Autowired
    GroupDirectory groups;

    @Autowired
    GroupAdministration groupAdministration;

    @Autowired
    GroupMembership groupMembership;

    @Autowired
    OrganisationFixtures organisations;

    @Autowired
    GreenMail mail;

    @Autowired
    JdbcClient jdbc;

    NotificationFixtures fixtures;
    Someone reader;

    @BeforeEach
    void createPerson() {
        fixtures = new NotificationFixtures(
                members, groups, groupMembership, groupAdministration, organisations, notifications, mail, jdbc);
        reader = fixtures.person(Locale.ENGLISH);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void a_daily_digest_is_sent_once_with_what_waited_for_it() {
        var first = notify(NotificationKind.REPLY, "First thread");
        var second = notify(NotificationKind.REPLY, "Second thread");
        notify(NotificationKind.MENTION, "Mentioned at once");
        as(reader, () -> notifications.changeDelivery(NotificationKind.JOIN_OUTCOME, Delivery.IN_APP));
        notify(NotificationKind.JOIN_OUTCOME, "Only in the app");
        fixtures.awaitMails(reader, 1);
        fixtures.awaitListeners();

        digests.send(DigestPeriod.DAILY);

        var sent = digestMails();
        assertThat(sent).hasSize(1);
        assertThat(subject(sent.getFirst())).isEqualTo("Praxis: your daily digest (2)");
        assertThat(body(sent.getFirst()))
                .contains(first, second)
                .doesNotContain("Mentioned at once", "Only in the app");

        digests.send(DigestPeriod.DAILY);
        freshInstance().send(DigestPeriod.DAILY);
        assertThat(digestMails()).as("no second digest, even after a restart").hasSize(1);
    }

    @Test
    void what_comes_after_the_daily_digest_waits_for_the_next_day() {
        var before = notify(NotificationKind.REPLY, "Before");
        digests.send(DigestPeriod.DAILY);
        var after = notify(NotificationKind.REPLY, "After");

        digests.send(DigestPeriod.DAILY);
        assertThat(digestMails()).hasSize(1);

        clock.advance(Duration.ofDays(1));
        digests.send(DigestPeriod.DAILY);

        var sent = digestMails();
        assertThat(sent).hasSize(2);
        assertThat(body(sent.get(1))).contains(after).doesNotContain(before);
    }

    @Test
    void a_weekly_digest_is_sent_once_a_week() {
        var practice = notify(NotificationKind.NEW_PRACTICE, "A new practice");

        digests.send(DigestPeriod.DAILY);
        assertThat(digestMails()).as("new practices wait for the weekly digest").isEmpty();

        digests.send(DigestPeriod.WEEKLY);
        freshInstance().send(DigestPeriod.WEEKLY);

        var sent = digestMails();
        assertThat(sent).hasSize(1);
        assertThat(subject(sent.getFirst())).isEqualTo("Praxis: your weekly digest (1)");
        assertThat(body(sent.getFirst())).contains(practice);
    }

    @Test
    void the_job_sends_the_weekly_digest_on_mondays_only() {
        notify(NotificationKind.NEW_PRACTICE, "Weekly only");
        var today = java.time.LocalDate.now(ZoneId.of("Europe/Brussels"));
        var daysToTuesday =
                (java.time.DayOfWeek.TUESDAY.getValue() - today.getDayOfWeek().getValue() + 7) % 7;
        clock.advance(Duration.ofDays(daysToTuesday));

        digests.sendDue();
        assertThat(digestMails()).isEmpty();

        clock.advance(Duration.ofDays(6));
        digests.sendDue();
        assertThat(digestMails()).hasSize(1);
    }

    @Test
    @WithAnonymousUser
    void the_unsubscribe_link_of_a_mail_stops_that_kind_of_mail_without_login() {
        notify(NotificationKind.MENTION, "Mentioned");
        var token = token(fixtures.awaitMails(reader, 1).getFirst());
        var tampered = (token.charAt(0) == 'A' ? "B" : "A") + token.substring(1);

        assertThat(notifications.unsubscribe(tampered)).isEmpty();
        assertThat(notifications.unsubscribe("not-a-token")).isEmpty();
        assertThat(as(reader, () -> notifications.mySettings().deliveries().get(NotificationKind.MENTION)))
                .isEqualTo(Delivery.IMMEDIATE);

        assertThat(notifications.unsubscribe(token)).contains(NotificationKind.MENTION);

        assertThat(as(reader, () -> notifications.mySettings().deliveries().get(NotificationKind.MENTION)))
                .as("kept in the app")
                .isEqualTo(Delivery.IN_APP);
        notify(NotificationKind.MENTION, "Mentioned again");
        fixtures.awaitListeners();
        assertThat(fixtures.mailsTo(reader)).hasSize(1);
        assertThat(fixtures.notificationsOf(reader)).hasSize(2);
    }

    @Test
    void switching_off_mail_also_drops_what_waited_for_a_digest() {
        notify(NotificationKind.REPLY, "Waiting");
        as(reader, () -> notifications.changeDelivery(NotificationKind.REPLY, Delivery.IN_APP));

        digests.send(DigestPeriod.DAILY);

        assertThat(digestMails()).isEmpty();
        assertThat(fixtures.notificationsOf(reader)).hasSize(1);
    }

    @Test
    void the_scheduled_job_runs_under_the_lock_all_nodes_share() {
        job.run();

        assertThat(jdbc.sql("select count(*) from shedlock where name = 'notification-digests'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    /** Records a notification for the reader and returns its unique title. */
    private String notify(NotificationKind kind, String title) {
        var unique = title + " " + UUID.randomUUID().toString().substring(0, 8);
        notifier.notifyPeople(
                kind,
                List.of(reader.id()),
                new Subject(SubjectType.THREAD, 1, unique, "threads/1"),
                null,
                null,
                people -> people.stream()
                        .map(eu.praxis.security.Viewer::personId)
                        .collect(java.util.stream.Collectors.toSet()));
        return unique;
    }

    private List<jakarta.mail.internet.MimeMessage> digestMails() {
        return fixtures.mailsTo(reader).stream()
                .filter(m -> subject(m).contains("digest"))
                .toList();
    }

    /** As after a restart: a new instance with nothing in memory. */
    private Digests freshInstance() {
        return new Digests(
                notificationRepository,
                digestRepository,
                mails,
                accounts,
                clock,
                transactions,
                ZoneId.of("Europe/Brussels"));
    }

    private static String token(jakarta.mail.internet.MimeMessage message) {
        var matcher = UNSUBSCRIBE.matcher(body(message));
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }
}
