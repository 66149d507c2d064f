package eu.praxis.notification;

import static eu.praxis.notification.NotificationFixtures.as;
import static eu.praxis.notification.NotificationFixtures.asSystem;
import static eu.praxis.notification.NotificationFixtures.body;
import static eu.praxis.notification.NotificationFixtures.subject;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import eu.praxis.IntegrationTest;
import eu.praxis.discussion.DiscussionPosting;
import eu.praxis.discussion.DiscussionReading;
import eu.praxis.discussion.ThreadAudience;
import eu.praxis.group.GroupAdministration;
import eu.praxis.group.GroupDirectory;
import eu.praxis.group.GroupMembership;
import eu.praxis.group.JoinPolicy;
import eu.praxis.member.MemberService;
import eu.praxis.notification.NotificationFixtures.Someone;
import eu.praxis.organisation.OrganisationFixtures;
import eu.praxis.practice.PracticeEditing;
import eu.praxis.practice.PracticeFixtures;
import eu.praxis.project.PartnerRole;
import eu.praxis.project.ProjectAdministration;
import eu.praxis.project.ProjectDraft;
import eu.praxis.project.ProjectPartner;
import eu.praxis.project.ProjectStatus;
import eu.praxis.security.Role;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Who is told about what, from the events of discussions, practices and groups: the right people, never
 * the actor, nobody who may not read the subject, and each person's settings and mutes.
 */
@IntegrationTest
class NotificationFanOutTest {

    @Autowired
    DiscussionReading discussions;

    @Autowired
    DiscussionPosting posting;

    @Autowired
    ThreadAudience threadAudience;

    @Autowired
    PracticeEditing practices;

    @Autowired
    ProjectAdministration projects;

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
    Notifier notifier;

    @Autowired
    GreenMail mail;

    @Autowired
    JdbcClient jdbc;

    NotificationFixtures fixtures;
    Someone alice;
    Someone bob;
    Someone carol;

    @BeforeEach
    void createPeople() {
        fixtures = new NotificationFixtures(
                members, groups, groupMembership, groupAdministration, organisations, notifications, mail, jdbc);
        alice = fixtures.person(Locale.ENGLISH);
        bob = fixtures.person(Locale.ENGLISH);
        carol = fixtures.person(Locale.ENGLISH);
    }

    @Test
    void a_reply_tells_the_thread_author_and_earlier_repliers_but_not_the_replier() {
        var group = fixtures.group(JoinPolicy.OPEN, alice, bob, carol);
        var thread = as(alice, () -> posting.startThread(group, "Night mediators", "How do you fund them?"));
        as(bob, () -> posting.reply(thread, "Tourist tax."));
        fixtures.awaitNotifications(alice, 1);

        as(carol, () -> posting.reply(thread, "Same here."));

        var toAlice = fixtures.awaitNotifications(alice, 2);
        assertThat(toAlice).extracting(NotificationItem::kind).containsOnly(NotificationKind.REPLY);
        assertThat(toAlice.getFirst().actorName()).isEqualTo(name(carol));
        assertThat(toAlice.getFirst().permalink()).isEqualTo("threads/" + thread);
        assertThat(toAlice.getFirst().subjectTitle()).isEqualTo("Night mediators");
        var toBob = fixtures.awaitNotifications(bob, 1);
        assertThat(toBob).singleElement().extracting(NotificationItem::kind).isEqualTo(NotificationKind.REPLY);
        fixtures.awaitListeners();
        assertThat(fixtures.notificationsOf(alice)).hasSize(2);
        assertThat(fixtures.notificationsOf(carol)).isEmpty();
    }

    @Test
    void a_mention_tells_the_mentioned_person_at_once_by_mail_in_their_language() {
        var claire = fixtures.person(Locale.FRENCH);
        var group = fixtures.group(JoinPolicy.OPEN, alice, bob, claire);

        as(
                alice,
                () -> posting.startThread(
                        group,
                        "Médiateurs de nuit",
                        "Question for @[Bob](person:" + bob.id() + ") and @[Claire](person:" + claire.id() + ")"));

        var toClaire = fixtures.awaitNotifications(claire, 1);
        assertThat(toClaire).singleElement().extracting(NotificationItem::kind).isEqualTo(NotificationKind.MENTION);
        var french = fixtures.awaitMails(claire, 1).getFirst();
        assertThat(subject(french))
                .isEqualTo("Praxis : " + name(alice) + " vous a mentionné dans « Médiateurs de nuit »");
        assertThat(body(french)).startsWith("Bonjour ").contains("/notifications/unsubscribe/");
        var english = fixtures.awaitMails(bob, 1).getFirst();
        assertThat(subject(english)).isEqualTo("Praxis: " + name(alice) + " mentioned you in “Médiateurs de nuit”");
        fixtures.awaitListeners();
        assertThat(fixtures.notificationsOf(alice)).isEmpty();
        assertThat(fixtures.mailsTo(claire)).hasSize(1);
    }

    @Test
    void someone_mentioned_in_a_thread_they_cannot_read_gets_nothing() {
        var outsider = fixtures.person(Locale.ENGLISH);
        var group = fixtures.group(JoinPolicy.OPEN, alice, bob);
        var thread = as(
                alice,
                () -> posting.startThread(
                        group,
                        "Members only",
                        "@[Bob](person:" + bob.id() + ") and @[Outsider](person:" + outsider.id() + ")"));
        fixtures.awaitNotifications(bob, 1);
        fixtures.awaitListeners();
        assertThat(fixtures.notificationsOf(outsider)).isEmpty();

        // the discussion feature leaves non-readers out of its event; the notifier checks again by itself
        var notified = notifier.notifyPeople(
                NotificationKind.MENTION,
                List.of(outsider.id(), bob.id()),
                new Subject(SubjectType.THREAD, thread, "Members only", "threads/" + thread),
                alice.id(),
                group,
                people -> threadAudience.whoMaySee(thread, people));

        assertThat(notified).containsExactly(bob.id());
        assertThat(fixtures.notificationsOf(outsider)).isEmpty();
    }

    @Test
    void a_new_practice_tells_the_members_of_its_groups_only() {
        var groupA = fixtures.group(JoinPolicy.OPEN, alice, bob);
        var groupB = fixtures.group(JoinPolicy.OPEN, carol);
        var title = PracticeFixtures.unique("Night buses");

        // practices are written with the author's real organisation
        var author = new PracticeFixtures.Who(alice.id(), alice.organisationId(), Role.MEMBER);
        var practice = PracticeFixtures.as(
                author, () -> practices.create(PracticeFixtures.caseStudy(title, Set.of(groupA), false)));
        PracticeFixtures.as(author, () -> practices.publish(practice));

        var toBob = fixtures.awaitNotifications(bob, 1);
        assertThat(toBob).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.NEW_PRACTICE);
            assertThat(n.subjectTitle()).isEqualTo(title);
            assertThat(n.permalink()).startsWith("practices/" + practice + "/");
        });
        fixtures.awaitListeners();
        assertThat(fixtures.notificationsOf(carol)).as("member of group B only").isEmpty();
        assertThat(fixtures.notificationsOf(alice)).as("the author").isEmpty();
        assertThat(groupB).isNotEqualTo(groupA);
    }

    @Test
    void a_new_project_tells_the_members_of_the_groups_it_concerns() {
        var groupA = fixtures.group(JoinPolicy.OPEN, alice, bob);
        fixtures.group(JoinPolicy.OPEN, carol);
        var acronym = "N" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);

        var project = asSystem(() -> projects.create(new ProjectDraft(
                acronym,
                "Night-time safety",
                "Erasmus+",
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2027, 12, 31),
                ProjectStatus.RUNNING,
                "Cities compare night mediation.",
                "",
                null,
                List.of(new ProjectPartner(alice.organisationId(), PartnerRole.LEAD)),
                Set.of(),
                Set.of(groupA))));

        for (var member : List.of(alice, bob)) {
            assertThat(fixtures.awaitNotifications(member, 1)).singleElement().satisfies(n -> {
                assertThat(n.kind()).isEqualTo(NotificationKind.NEW_PROJECT);
                assertThat(n.subjectTitle()).startsWith(acronym + " – ");
                assertThat(n.permalink()).isEqualTo("projects/" + project);
            });
        }
        fixtures.awaitListeners();
        assertThat(fixtures.notificationsOf(carol))
                .as("member of another group only")
                .isEmpty();
    }

    @Test
    void a_request_to_join_tells_the_leads_and_admission_tells_the_requester() {
        var lead = fixtures.person(Locale.ENGLISH);
        var group = fixtures.group(JoinPolicy.ON_REQUEST, bob);
        asSystem(() -> {
            groupAdministration.appointLead(group, lead.id());
            return null;
        });

        as(alice, () -> groupMembership.join(group));

        var toLead = fixtures.awaitNotifications(lead, 1);
        assertThat(toLead).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.JOIN_REQUEST);
            assertThat(n.actorName()).isEqualTo(name(alice));
            assertThat(n.permalink()).isEqualTo("groups/" + fixtures.slugOf(group));
        });
        fixtures.awaitListeners();
        assertThat(fixtures.notificationsOf(bob)).isEmpty();

        as(lead, () -> groupMembership.admit(group, alice.id()));

        assertThat(fixtures.awaitNotifications(alice, 1))
                .singleElement()
                .extracting(NotificationItem::kind)
                .isEqualTo(NotificationKind.JOIN_OUTCOME);
    }

    @Test
    void settings_decide_whether_a_notification_is_kept_and_mailed() {
        var group = fixtures.group(JoinPolicy.OPEN, alice, bob, carol);
        as(bob, () -> notifications.changeDelivery(NotificationKind.MENTION, Delivery.OFF));
        as(carol, () -> notifications.changeDelivery(NotificationKind.MENTION, Delivery.IN_APP));

        as(
                alice,
                () -> posting.startThread(
                        group, "Settings", "@[Bob](person:" + bob.id() + ") @[Carol](person:" + carol.id() + ")"));

        fixtures.awaitNotifications(carol, 1);
        fixtures.awaitListeners();
        assertThat(fixtures.notificationsOf(bob)).isEmpty();
        assertThat(fixtures.mailsTo(carol)).isEmpty();
        assertThat(fixtures.mailsTo(bob)).isEmpty();
    }

    @Test
    void a_muted_group_is_silent_except_for_mentions() {
        var group = fixtures.group(JoinPolicy.OPEN, alice, bob);
        as(bob, () -> notifications.muteGroup(group));
        var thread = as(bob, () -> posting.startThread(group, "Muted", "Anyone?"));

        as(alice, () -> posting.reply(thread, "Here."));
        as(alice, () -> posting.reply(thread, "And @[Bob](person:" + bob.id() + ")"));

        fixtures.awaitNotifications(bob, 1);
        fixtures.awaitListeners();
        assertThat(fixtures.notificationsOf(bob))
                .singleElement()
                .extracting(NotificationItem::kind)
                .isEqualTo(NotificationKind.MENTION);
        assertThat(as(bob, () -> notifications.mySettings().mutedGroups()))
                .extracting(g -> g.id())
                .containsExactly(group);

        as(bob, () -> notifications.unmuteGroup(group));
        as(alice, () -> posting.reply(thread, "Unmuted."));
        assertThat(fixtures.awaitNotifications(bob, 2).getFirst().kind()).isEqualTo(NotificationKind.REPLY);
    }

    @Test
    void notifications_are_read_one_by_one_or_all_at_once() {
        var group = fixtures.group(JoinPolicy.OPEN, alice, bob);
        var thread = as(bob, () -> posting.startThread(group, "Reading", "First."));
        as(alice, () -> posting.reply(thread, "One."));
        as(alice, () -> posting.reply(thread, "Two."));
        as(alice, () -> posting.reply(thread, "Three."));
        fixtures.awaitNotifications(bob, 3);
        fixtures.awaitListeners();
        var all = fixtures.notificationsOf(bob);
        assertThat(as(bob, notifications::unreadCount)).isEqualTo(3);

        assertThat(as(bob, () -> notifications.open(all.get(1).id()))).isEqualTo("threads/" + thread);

        assertThat(as(bob, notifications::unreadCount)).isEqualTo(2);
        assertThat(fixtures.notificationsOf(bob))
                .extracting(NotificationItem::read)
                .containsExactly(false, true, false);
        assertThat(as(bob, notifications::markAllRead)).isEqualTo(2);
        assertThat(as(bob, notifications::unreadCount)).isZero();
        // nobody opens someone else's notification
        assertThat(org.assertj.core.api.Assertions.catchThrowable(
                        () -> as(alice, () -> notifications.open(all.get(0).id()))))
                .isInstanceOf(eu.praxis.base.NotFoundException.class);
    }

    private String name(Someone who) {
        return asSystem(() -> members.summaries(Set.of(who.id())).get(who.id()).name());
    }
}
