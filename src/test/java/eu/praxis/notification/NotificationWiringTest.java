package eu.praxis.notification;

import static eu.praxis.notification.NotificationFixtures.as;
import static eu.praxis.notification.NotificationFixtures.asSystem;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import eu.praxis.IntegrationTest;
import eu.praxis.content.ContentModeration;
import eu.praxis.content.ModerationAction;
import eu.praxis.discussion.DiscussionPosting;
import eu.praxis.discussion.DiscussionReading;
import eu.praxis.discussion.ThreadModeration;
import eu.praxis.event.EventCalendar;
import eu.praxis.event.EventFixtures;
import eu.praxis.event.EventRegistrations;
import eu.praxis.event.EventScheduling;
import eu.praxis.group.GroupAdministration;
import eu.praxis.group.GroupDirectory;
import eu.praxis.group.GroupMembership;
import eu.praxis.group.JoinPolicy;
import eu.praxis.member.MemberService;
import eu.praxis.moderation.ModerationService;
import eu.praxis.moderation.ReportReason;
import eu.praxis.moderation.ReportedType;
import eu.praxis.notification.NotificationFixtures.Someone;
import eu.praxis.organisation.OrganisationFixtures;
import eu.praxis.security.Role;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Notifications from moderation, declined requests and events: the people concerned are told. */
@IntegrationTest
class NotificationWiringTest {

    @Autowired
    DiscussionReading discussions;

    @Autowired
    DiscussionPosting posting;

    @Autowired
    ContentModeration contentModeration;

    @Autowired
    GroupDirectory groups;

    @Autowired
    GroupAdministration groupAdministration;

    @Autowired
    GroupMembership groupMembership;

    @Autowired
    EventCalendar events;

    @Autowired
    EventRegistrations eventRegistrations;

    @Autowired
    EventScheduling eventScheduling;

    @Autowired
    MemberService members;

    @Autowired
    ModerationService moderation;

    @Autowired
    OrganisationFixtures organisations;

    @Autowired
    NotificationService notifications;

    @Autowired
    GreenMail mail;

    @Autowired
    JdbcClient jdbc;

    NotificationFixtures fixtures;
    Someone alice;
    Someone lead;

    @BeforeEach
    void createPeople() {
        fixtures = new NotificationFixtures(
                members, groups, groupMembership, groupAdministration, organisations, notifications, mail, jdbc);
        alice = fixtures.person(Locale.ENGLISH);
        lead = fixtures.person(Locale.ENGLISH);
    }

    @Test
    void a_declined_request_is_answered_in_the_app_and_by_one_mail_with_the_leads_message() {
        var group = fixtures.group(JoinPolicy.ON_REQUEST);
        asSystem(() -> {
            groupAdministration.appointLead(group, lead.id());
            return null;
        });
        as(alice, () -> groupMembership.join(group));

        as(lead, () -> groupMembership.decline(group, alice.id(), "Only for port cities"));

        assertThat(fixtures.awaitNotifications(alice, 1)).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.JOIN_OUTCOME);
            assertThat(n.permalink()).isEqualTo("groups/" + fixtures.slugOf(group));
        });
        fixtures.awaitListeners();
        // "at once" is the default for this kind, but the group's decline mail is the one mail
        assertThat(fixtures.mailsTo(alice)).singleElement().satisfies(m -> {
            assertThat(NotificationFixtures.subject(m)).isEqualTo("Your request to join a working group");
            assertThat(NotificationFixtures.body(m)).contains("Only for port cities");
        });
    }

    @Test
    void a_pinned_thread_is_no_news_to_its_author_but_a_locked_one_is() {
        var group = fixtures.group(JoinPolicy.OPEN, alice);
        asSystem(() -> {
            groupAdministration.appointLead(group, lead.id());
            return null;
        });
        var thread = as(alice, () -> posting.startThread(group, "Night buses", "Safer?"));

        as(lead, () -> contentModeration.apply(ThreadModeration.TYPE, thread, ModerationAction.PIN, null));
        fixtures.awaitListeners();
        assertThat(fixtures.notificationsOf(alice)).isEmpty();
        assertThat(fixtures.mailsTo(alice)).isEmpty();

        as(lead, () -> contentModeration.apply(ThreadModeration.TYPE, thread, ModerationAction.LOCK, null));
        assertThat(fixtures.awaitNotifications(alice, 1))
                .singleElement()
                .satisfies(n -> assertThat(n.kind()).isEqualTo(NotificationKind.MODERATION));
    }

    @Test
    void the_author_hears_that_a_moderator_hid_their_thread() {
        var group = fixtures.group(JoinPolicy.OPEN, alice);
        asSystem(() -> {
            groupAdministration.appointLead(group, lead.id());
            return null;
        });
        var thread = as(alice, () -> posting.startThread(group, "Off topic", "Selling bikes"));

        as(
                lead,
                () -> contentModeration.apply(
                        ThreadModeration.TYPE, thread, ModerationAction.HIDE, "Not about urban security"));

        assertThat(fixtures.awaitNotifications(alice, 1)).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.MODERATION);
            assertThat(n.permalink()).isEqualTo("threads/" + thread);
        });
    }

    @Test
    void the_leads_hear_of_a_report_in_their_group() {
        var bob = fixtures.person(Locale.ENGLISH);
        var group = fixtures.group(JoinPolicy.OPEN, alice, bob);
        asSystem(() -> {
            groupAdministration.appointLead(group, lead.id());
            return null;
        });
        var thread = as(alice, () -> posting.startThread(group, "Cheap watches", "Buy now"));

        as(bob, () -> moderation.report(ReportedType.THREAD, thread, ReportReason.SPAM, null));

        assertThat(fixtures.awaitNotifications(lead, 1)).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.REPORT);
            assertThat(n.permalink()).isEqualTo("moderation/group/" + fixtures.slugOf(group));
        });
        fixtures.awaitListeners();
        assertThat(fixtures.notificationsOf(alice))
                .as("the reported author is not told of the report")
                .isEmpty();
    }

    @Test
    void registered_people_hear_that_an_event_was_cancelled() {
        var admin = fixtures.person(Locale.ENGLISH, Role.ADMIN);
        var event = EventFixtures.as(
                admin.id(), Role.ADMIN, () -> eventScheduling.create(EventFixtures.webconference(null, false, 10)));
        as(alice, () -> eventRegistrations.register(event));
        fixtures.awaitListeners();

        EventFixtures.as(admin.id(), Role.ADMIN, () -> {
            eventScheduling.cancel(event);
            return null;
        });

        assertThat(fixtures.awaitNotifications(alice, 1)).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.EVENT_CHANGED);
            assertThat(n.permalink()).isEqualTo("events/" + event);
        });
        fixtures.awaitListeners();
        assertThat(fixtures.notificationsOf(admin))
                .as("the actor's own cancellation")
                .isEmpty();
        // "at once" is the default for this kind, but the event's own cancellation mail (with its calendar
        // file) is the one mail: after the confirmation, nothing else
        assertThat(fixtures.mailsTo(alice))
                .extracting(NotificationFixtures::subject)
                .hasSize(2)
                .anyMatch(subject -> subject.startsWith("Cancelled: "));
    }
}
