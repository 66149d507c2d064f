package eu.praxis.notification;

import static eu.praxis.notification.NotificationFixtures.as;
import static eu.praxis.notification.NotificationFixtures.asSystem;
import static eu.praxis.notification.NotificationFixtures.body;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import eu.praxis.IntegrationTest;
import eu.praxis.event.EventFixtures;
import eu.praxis.event.EventReaders;
import eu.praxis.event.EventScheduling;
import eu.praxis.group.GroupAdministration;
import eu.praxis.group.GroupDirectory;
import eu.praxis.group.GroupMembership;
import eu.praxis.group.JoinPolicy;
import eu.praxis.member.MemberService;
import eu.praxis.notification.NotificationFixtures.Someone;
import eu.praxis.organisation.OrganisationFixtures;
import eu.praxis.security.Role;
import eu.praxis.security.RunAs;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A new event tells the members of its groups (each once, never its organiser, not through a muted group, nobody who
 * may not see it); an event of the whole network tells nobody; the digest line has a register link that only its
 * reader can use.
 */
@IntegrationTest
class EventNotificationTest {

    private static final Pattern REGISTER = Pattern.compile("/notifications/register/([A-Za-z0-9_-]+)");

    @Autowired
    EventScheduling eventScheduling;

    @Autowired
    EventReaders eventReaders;

    @Autowired
    Notifier notifier;

    @Autowired
    Digests digests;

    @Autowired
    RegisterLinks registerLinks;

    @Autowired
    GroupDirectory groups;

    @Autowired
    GroupAdministration groupAdministration;

    @Autowired
    GroupMembership groupMembership;

    @Autowired
    MemberService members;

    @Autowired
    OrganisationFixtures organisations;

    @Autowired
    NotificationService notifications;

    @Autowired
    GreenMail mail;

    @Autowired
    JdbcClient jdbc;

    NotificationFixtures fixtures;
    Someone lead;
    Someone alice;
    Someone bob;
    Someone carol;

    @BeforeEach
    void createPeople() {
        fixtures = new NotificationFixtures(
                members, groups, groupMembership, groupAdministration, organisations, notifications, mail, jdbc);
        lead = fixtures.person(Locale.ENGLISH);
        alice = fixtures.person(Locale.ENGLISH);
        bob = fixtures.person(Locale.ENGLISH);
        carol = fixtures.person(Locale.ENGLISH);
    }

    @Test
    void a_joint_event_tells_the_members_of_both_groups_once_each_but_not_its_organiser() {
        var first = ledGroup(alice, carol);
        var second = ledGroup(bob, carol);
        var outsider = fixtures.person(Locale.ENGLISH);

        var id = schedule(first, Set.of(second));

        for (var member : List.of(alice, bob, carol)) {
            assertThat(fixtures.awaitNotifications(member, 1)).singleElement().satisfies(n -> {
                assertThat(n.kind()).isEqualTo(NotificationKind.NEW_EVENT);
                assertThat(n.permalink()).isEqualTo("events/" + id);
                assertThat(n.actorName()).isNotBlank();
            });
        }
        fixtures.awaitListeners();
        assertThat(fixtures.notificationsOf(carol))
                .as("in both groups, told once")
                .hasSize(1);
        assertThat(fixtures.notificationsOf(lead)).as("the organiser").isEmpty();
        assertThat(fixtures.notificationsOf(outsider)).as("in neither group").isEmpty();
    }

    @Test
    void a_muted_group_is_silent_about_its_events_unless_another_of_the_events_groups_tells() {
        var first = ledGroup(alice, carol);
        var second = ledGroup(carol);
        as(alice, () -> notifications.muteGroup(first));
        as(carol, () -> notifications.muteGroup(first));

        schedule(first, Set.of(second));

        fixtures.awaitNotifications(carol, 1);
        fixtures.awaitListeners();
        assertThat(fixtures.notificationsOf(carol)).hasSize(1);
        assertThat(fixtures.notificationsOf(alice)).isEmpty();
    }

    @Test
    void nobody_who_may_not_see_the_event_is_told() {
        var dora = fixtures.person(Locale.ENGLISH);
        var group = ledGroup(alice, dora);
        asSystem(() -> {
            members.disable(dora.id());
            return null;
        });
        var outsider = fixtures.person(Locale.ENGLISH);

        var id = schedule(group, Set.of());

        fixtures.awaitNotifications(alice, 1);
        fixtures.awaitListeners();
        assertThat(fixtures.notificationsOf(dora)).as("may no longer log in").isEmpty();
        // the fan-out asks the members only; the notifier checks the event's rule by itself
        var subject = new Subject(SubjectType.EVENT, id, "Members only", "events/" + id);
        var told = notifier.notifyPeople(
                NotificationKind.NEW_EVENT,
                List.of(outsider.id(), bob.id()),
                subject,
                lead.id(),
                group,
                people -> eventReaders.whoMaySee(id, people));
        assertThat(told).as("a members-only event of a group neither is in").isEmpty();
    }

    @Test
    void an_event_of_the_whole_network_tells_nobody_by_notification() {
        var admin = fixtures.person(Locale.ENGLISH, Role.ADMIN);
        var group = fixtures.group(JoinPolicy.OPEN, alice, admin);
        var lateNews = ledGroup(bob);

        RunAs.person(
                admin.id(), Role.ADMIN, () -> eventScheduling.create(EventFixtures.webconference(null, false, null)));
        // an event of a group, scheduled after it, shows that the listeners ran
        schedule(lateNews, Set.of());

        fixtures.awaitNotifications(bob, 1);
        fixtures.awaitListeners();
        assertThat(fixtures.notificationsOf(alice))
                .as("a member of a group, of the network's event")
                .isEmpty();
        assertThat(group).isNotEqualTo(lateNews);
    }

    @Test
    void the_digest_line_has_a_register_link_that_only_its_reader_can_use() {
        var group = ledGroup(alice);
        var id = schedule(group, Set.of());
        fixtures.awaitNotifications(alice, 1);
        fixtures.awaitListeners();

        digests.send(DigestPeriod.DAILY);

        var digest = body(fixtures.awaitMails(alice, 1).getFirst());
        assertThat(digest).contains("/events/" + id).contains("Register in one click:");
        var link = REGISTER.matcher(digest);
        assertThat(link.find()).isTrue();
        var token = link.group(1);
        assertThat(as(alice, () -> registerLinks.eventOf(token))).contains(id);
        assertThat(as(bob, () -> registerLinks.eventOf(token)))
                .as("a forwarded mail")
                .isEmpty();
        assertThat(as(alice, () -> registerLinks.eventOf("x" + token)))
                .as("tampered")
                .isEmpty();
        assertThat(as(alice, () -> notifications.unsubscribe(token)))
                .as("a register link is no unsubscribe link")
                .isEmpty();
    }

    /** A new group led by {@link #lead}, with these members. */
    private long ledGroup(Someone... members) {
        var group = fixtures.group(JoinPolicy.OPEN, members);
        asSystem(() -> {
            groupAdministration.appointLead(group, lead.id());
            return null;
        });
        return group;
    }

    /** A members-only webconference of the group (and the others), scheduled by its lead. */
    private long schedule(long groupId, Set<Long> otherGroupIds) {
        return as(
                lead,
                () -> eventScheduling.create(
                        EventFixtures.jointly(EventFixtures.webconference(groupId, true, null), otherGroupIds)));
    }
}
