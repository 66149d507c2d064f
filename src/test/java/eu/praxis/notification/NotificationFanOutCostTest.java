package eu.praxis.notification;

import static eu.praxis.notification.NotificationFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import eu.praxis.IntegrationTest;
import eu.praxis.discussion.DiscussionPosting;
import eu.praxis.discussion.DiscussionReading;
import eu.praxis.discussion.ReplyPosted;
import eu.praxis.group.GroupAdministration;
import eu.praxis.group.GroupDirectory;
import eu.praxis.group.GroupMembership;
import eu.praxis.group.JoinPolicy;
import eu.praxis.member.MemberService;
import eu.praxis.notification.NotificationFixtures.Someone;
import eu.praxis.organisation.OrganisationFixtures;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.util.AopTestUtils;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What telling the participants of a long thread about one reply costs: a group thread of 50 posts by 30
 * people, then one reply, whose fan-out is run on this thread so that its SQL statements can be counted.
 * Figures in docs/measurements/notification-fan-out.txt; the time is printed, not asserted (speed targets are
 * checked by evaluation commands, not timed unit tests).
 */
@IntegrationTest
class NotificationFanOutCostTest {

    @Autowired
    DiscussionReading discussions;

    @Autowired
    DiscussionPosting posting;

    @Autowired
    GroupDirectory groups;

    @Autowired
    GroupMembership groupMembership;

    @Autowired
    GroupAdministration groupAdministration;

    @Autowired
    MemberService members;

    @Autowired
    OrganisationFixtures organisations;

    @Autowired
    NotificationService notifications;

    @Autowired
    NotificationFanOut fanOut;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    GreenMail mail;

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_reply_in_a_long_thread_is_fanned_out_in_few_statements() {
        var since = Timestamp.from(Instant.now().minusSeconds(1));
        var fixtures = new NotificationFixtures(
                members, groups, groupMembership, groupAdministration, organisations, notifications, mail, jdbc);
        var people = IntStream.range(0, 30)
                .mapToObj(i -> fixtures.personOfOwnOrganisation(Locale.ENGLISH))
                .toArray(Someone[]::new);
        var group = fixtures.group(JoinPolicy.OPEN, people);
        var thread = as(people[0], () -> posting.startThread(group, "A long thread", "What do you **fund**?"));
        for (var i = 1; i < 50; i++) {
            var text =
                    "Reply " + i + " with *some* [Markdown](https://example.org/" + i + ") and a list:\n\n- one\n- two";
            as(people[i % 30], () -> posting.reply(thread, text));
        }
        var author = people[7];
        var reply = as(author, () -> posting.reply(thread, "One more."));
        // Before the audiences each of these replies took seconds to fan out: wait for all of them.
        await().atMost(Duration.ofMinutes(10))
                .until(() -> jdbc.sql(
                                        "select count(*) from event_publication where completion_date is null and publication_date >= ?")
                                .param(since)
                                .query(Long.class)
                                .single()
                        == 0);

        var listener = AopTestUtils.<NotificationFanOut>getTargetObject(fanOut);
        var event = new ReplyPosted(thread, reply, group, null, author.id(), List.of());
        var inTransaction = new TransactionTemplate(transactions);
        var notificationsBefore = countNotifications();
        var start = System.nanoTime();
        var counted = StatementCounter.count(() -> inTransaction.executeWithoutResult(s -> listener.on(event)));
        var millis = (System.nanoTime() - start) / 1_000_000.0;
        System.out.printf(
                "notification fan-out: 50 posts, 30 participants: %d SQL statements (%d inserts), %.1f ms%n",
                counted.statements(), counted.inserts(), millis);

        // Before the audiences: 213 statements, 29 of them the notifications' inserts (one per recipient), the rest
        // mostly reads, the thread loaded and rendered as each recipient. Now the 29 go in one JDBC batch (DD026).
        assertThat(countNotifications() - notificationsBefore)
                .as("one per participant but the author")
                .isEqualTo(29);
        assertThat(counted.inserts()).as("prepared inserts: one batch").isLessThanOrEqualTo(2);
        assertThat(counted.statements()).isLessThanOrEqualTo(213 / 10);
    }

    private long countNotifications() {
        return jdbc.sql("select count(*) from notification").query(Long.class).single();
    }
}
