package eu.praxis.moderation;

import static eu.praxis.TestLogins.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import eu.praxis.IntegrationTest;
import eu.praxis.TestPeople;
import eu.praxis.WithNewPerson;
import eu.praxis.base.NotFoundException;
import eu.praxis.base.UserFacingException;
import eu.praxis.discussion.DiscussionPosting;
import eu.praxis.discussion.DiscussionReading;
import eu.praxis.discussion.Post;
import eu.praxis.discussion.ThreadModeration;
import eu.praxis.group.GroupAdministration;
import eu.praxis.group.GroupDetails;
import eu.praxis.group.GroupDirectory;
import eu.praxis.group.GroupMembership;
import eu.praxis.group.JoinPolicy;
import eu.praxis.group.NewGroup;
import eu.praxis.member.MemberService;
import eu.praxis.practice.PracticeEditing;
import eu.praxis.practice.PracticeFixtures;
import eu.praxis.practice.PracticeLibrary;
import eu.praxis.security.Role;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Reports and queues, called on the services as crafted requests would. Group A: its lead, Alice (author of the
 * thread), Bob (author of the reply), Carol; group B: its lead Bea, who is also a member of A.
 */
@IntegrationTest
@WithNewPerson(Role.ADMIN)
@RecordApplicationEvents
class ReportFlowTest {

    @Autowired
    ModerationService moderation;

    @Autowired
    DiscussionReading discussions;

    @Autowired
    DiscussionPosting posting;

    @Autowired
    ThreadModeration threadModeration;

    @Autowired
    PracticeEditing practices;

    @Autowired
    PracticeLibrary library;

    @Autowired
    GroupDirectory groups;

    @Autowired
    GroupAdministration groupAdministration;

    @Autowired
    GroupMembership groupMembership;

    @Autowired
    MemberService members;

    @Autowired
    TestPeople people;

    @Autowired
    GreenMail mail;

    @Autowired
    ApplicationEvents events;

    GroupDetails groupA;
    GroupDetails groupB;
    long organisation;
    long leadA;
    long alice;
    long bob;
    long carol;
    long bea;
    long thread;
    long reply;

    @BeforeEach
    void createGroupsPeopleAndAThread() {
        organisation = people.organisation();
        leadA = people.person(organisation, Role.MEMBER);
        alice = people.person(organisation, Role.MEMBER);
        bob = people.person(organisation, Role.MEMBER);
        carol = people.person(organisation, Role.MEMBER);
        bea = people.person(organisation, Role.MEMBER);
        groupA = group();
        groupB = group();
        groupAdministration.appointLead(groupA.id(), leadA);
        groupAdministration.appointLead(groupB.id(), bea);
        for (var person : List.of(alice, bob, carol, bea)) {
            as(person, Role.MEMBER, () -> groupMembership.join(groupA.id()));
        }
        thread = as(alice, Role.MEMBER, () -> posting.startThread(groupA.id(), "Street lighting", "Does it help?"));
        reply = as(bob, Role.MEMBER, () -> posting.reply(thread, "Buy cheap pills at spam.example!"));
    }

    @Test
    void a_reported_reply_is_queued_for_the_lead_who_hides_it_and_the_reporters_are_told() {
        as(alice, Role.MEMBER, () -> moderation.report(ReportedType.REPLY, reply, ReportReason.SPAM, null));
        as(carol, Role.MEMBER, () -> moderation.report(ReportedType.REPLY, reply, ReportReason.ABUSIVE, "Rude."));
        as(bea, Role.MEMBER, () -> moderation.report(ReportedType.REPLY, reply, ReportReason.SPAM, ""));

        var item = onlyItem(as(leadA, Role.MEMBER, () -> moderation.groupQueue(groupA.slug()))
                .items());
        assertThat(item.count()).isEqualTo(3);
        assertThat(item.reasons())
                .containsExactly(Map.entry(ReportReason.SPAM, 2L), Map.entry(ReportReason.ABUSIVE, 1L));
        assertThat(item.reports()).extracting(ReportLine::reporterId).containsExactly(alice, carol, bea);
        assertThat(item.content()).isNotNull();
        assertThat(item.content().excerpt()).isEqualTo("Buy cheap pills at spam.example!");
        assertThat(item.content().authorId()).isEqualTo(bob);
        assertThat(item.content().path()).isEqualTo("threads/" + thread);
        assertThat(item.mayHide()).isTrue();
        assertThat(as(leadA, Role.MEMBER, () -> moderation.openInGroup(groupA.id())))
                .contains(1L);
        assertThat(events.stream(ContentReported.class))
                .filteredOn(e -> e.targetId() == reply)
                .hasSize(3)
                .allSatisfy(e -> assertThat(e.groupIds()).containsExactly(groupA.id()));

        as(leadA, Role.MEMBER, () -> moderation.hide(ReportedType.REPLY, reply, "Advertising."));

        assertThat(as(leadA, Role.MEMBER, () -> moderation.groupQueue(groupA.slug()))
                        .items())
                .isEmpty();
        assertThat(as(alice, Role.MEMBER, () -> discussions.thread(thread)).replies())
                .extracting(Post::id)
                .doesNotContain(reply);
        assertThat(events.stream(ReportResolved.class))
                .filteredOn(e -> e.outcome() == ReportOutcome.HIDDEN)
                .extracting(ReportResolved::reporterId)
                .containsExactlyInAnyOrder(alice, carol, bea);
        var aliceAddress = email(alice);
        var toAlice = await().atMost(Duration.ofSeconds(20)).until(() -> mailsTo(aliceAddress), m -> !m.isEmpty());
        assertThat(GreenMailUtil.getBody(toAlice.getFirst()))
                .contains("Street lighting")
                .contains("hid the content");
    }

    @Test
    void one_report_per_person_and_post() {
        as(alice, Role.MEMBER, () -> moderation.report(ReportedType.REPLY, reply, ReportReason.SPAM, null));

        assertRefused(
                () -> as(
                        alice,
                        Role.MEMBER,
                        () -> moderation.report(ReportedType.REPLY, reply, ReportReason.ABUSIVE, "Again.")),
                "moderation.error.already-reported");
        // also once the first report is resolved
        as(leadA, Role.MEMBER, () -> moderation.dismiss(ReportedType.REPLY, reply, null));
        assertRefused(
                () -> as(
                        alice,
                        Role.MEMBER,
                        () -> moderation.report(ReportedType.REPLY, reply, ReportReason.SPAM, null)),
                "moderation.error.already-reported");
    }

    @Test
    void other_needs_a_text_and_nobody_reports_their_own_post_nor_what_they_cannot_see() {
        assertRefused(
                () -> as(
                        alice,
                        Role.MEMBER,
                        () -> moderation.report(ReportedType.REPLY, reply, ReportReason.OTHER, "  ")),
                "moderation.error.text");
        assertRefused(
                () -> as(bob, Role.MEMBER, () -> moderation.report(ReportedType.REPLY, reply, ReportReason.SPAM, null)),
                "moderation.error.own-content");
        var researcher = people.person(organisation, Role.RESEARCHER);
        assertRefused(
                () -> as(
                        researcher,
                        Role.RESEARCHER,
                        () -> moderation.report(ReportedType.REPLY, reply, ReportReason.SPAM, null)),
                "moderation.error.researcher");
        var outsider = people.person(organisation, Role.MEMBER);
        assertThatThrownBy(() -> as(
                        outsider,
                        Role.MEMBER,
                        () -> moderation.report(ReportedType.REPLY, reply, ReportReason.SPAM, null)))
                .isInstanceOf(NotFoundException.class);
        assertThat(as(alice, Role.MEMBER, () -> moderation.mayReport(ReportedType.THREAD, thread)))
                .isFalse();
        assertThat(as(bob, Role.MEMBER, () -> moderation.mayReport(ReportedType.THREAD, thread)))
                .isTrue();
        assertThat(as(outsider, Role.MEMBER, () -> moderation.mayReport(ReportedType.THREAD, thread)))
                .isFalse();
        assertThat(events.stream(ContentReported.class)).isEmpty();
    }

    @Test
    void a_lead_of_another_group_neither_sees_nor_resolves_its_reports() {
        as(alice, Role.MEMBER, () -> moderation.report(ReportedType.REPLY, reply, ReportReason.SPAM, null));

        assertThatThrownBy(() -> as(bea, Role.MEMBER, () -> moderation.groupQueue(groupA.slug())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as(bea, Role.MEMBER, () -> moderation.openInGroup(groupA.id())))
                .isEmpty();
        assertThat(as(bea, Role.MEMBER, () -> moderation.groupQueue(groupB.slug()))
                        .items())
                .isEmpty();
        for (ThrowingCallable call : List.<ThrowingCallable>of(
                () -> as(bea, Role.MEMBER, () -> moderation.dismiss(ReportedType.REPLY, reply, null)),
                () -> as(bea, Role.MEMBER, () -> moderation.hide(ReportedType.REPLY, reply, "Mine now.")),
                () -> as(bea, Role.MEMBER, () -> moderation.lockThread(ReportedType.REPLY, reply)),
                () -> as(bea, Role.MEMBER, () -> moderation.warnAuthor(ReportedType.REPLY, reply, "Careful.")),
                () -> as(bea, Role.MEMBER, () -> moderation.queue()))) {
            assertThatThrownBy(call).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(events.stream(ReportResolved.class)).isEmpty();
        assertThat(as(leadA, Role.MEMBER, () -> moderation.groupQueue(groupA.slug()))
                        .items())
                .hasSize(1);
    }

    @Test
    void members_open_no_queue() {
        as(carol, Role.MEMBER, () -> moderation.report(ReportedType.THREAD, thread, ReportReason.OFF_TOPIC, null));

        assertThatThrownBy(() -> as(alice, Role.MEMBER, () -> moderation.groupQueue(groupA.slug())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(alice, Role.MEMBER, () -> moderation.queue()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as(alice, Role.MEMBER, () -> moderation.openInGroup(groupA.id())))
                .isEmpty();
        assertThatThrownBy(() -> as(bob, Role.MEMBER, () -> moderation.dismiss(ReportedType.THREAD, thread, null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_secretariat_sees_every_report_also_of_a_practice_shared_in_no_group() {
        var fixtures = new PracticeFixtures(members, groups, groupMembership, groupAdministration);
        var author = fixtures.person(organisation, Role.MEMBER);
        var reporter = fixtures.person(organisation, Role.MEMBER);
        var practice = PracticeFixtures.as(author, () -> {
            var id = practices.create(PracticeFixtures.caseStudy(PracticeFixtures.unique("Helpline"), Set.of(), true));
            practices.publish(id);
            return id;
        });
        PracticeFixtures.as(
                reporter,
                () -> moderation.report(ReportedType.PRACTICE, practice, ReportReason.CONFIDENTIAL, "Names a victim."));
        as(alice, Role.MEMBER, () -> moderation.report(ReportedType.REPLY, reply, ReportReason.SPAM, null));

        assertThat(moderation.queue())
                .extracting(QueueItem::type, QueueItem::targetId)
                .contains(
                        org.assertj.core.groups.Tuple.tuple(ReportedType.PRACTICE, practice),
                        org.assertj.core.groups.Tuple.tuple(ReportedType.REPLY, reply));
        assertThat(as(leadA, Role.MEMBER, () -> moderation.groupQueue(groupA.slug()))
                        .items())
                .extracting(QueueItem::targetId)
                .containsExactly(reply);

        moderation.hide(ReportedType.PRACTICE, practice, "Confidential.");

        // by type and id: a thread or reply may have the practice's id
        assertThat(moderation.queue())
                .extracting(QueueItem::type, QueueItem::targetId)
                .doesNotContain(org.assertj.core.groups.Tuple.tuple(ReportedType.PRACTICE, practice));
        assertThatThrownBy(() -> PracticeFixtures.as(reporter, () -> library.get(practice)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void dismissing_locking_and_warning_resolve_every_open_report_of_the_content() {
        var second = as(alice, Role.MEMBER, () -> posting.reply(thread, "And another thing."));
        as(carol, Role.MEMBER, () -> moderation.report(ReportedType.THREAD, thread, ReportReason.OFF_TOPIC, null));
        as(carol, Role.MEMBER, () -> moderation.report(ReportedType.REPLY, reply, ReportReason.ABUSIVE, null));
        as(bob, Role.MEMBER, () -> moderation.report(ReportedType.REPLY, second, ReportReason.SPAM, null));

        as(leadA, Role.MEMBER, () -> moderation.dismiss(ReportedType.THREAD, thread, "On topic after all."));
        as(leadA, Role.MEMBER, () -> moderation.lockThread(ReportedType.REPLY, reply));
        as(leadA, Role.MEMBER, () -> moderation.warnAuthor(ReportedType.REPLY, second, "Please stay polite."));

        assertThat(as(leadA, Role.MEMBER, () -> moderation.groupQueue(groupA.slug()))
                        .items())
                .isEmpty();
        assertThat(as(alice, Role.MEMBER, () -> discussions.thread(thread)).locked())
                .isTrue();
        assertThat(events.stream(ReportResolved.class))
                .extracting(ReportResolved::outcome)
                .containsExactly(ReportOutcome.DISMISSED, ReportOutcome.LOCKED, ReportOutcome.WARNED);
        assertRefused(
                () -> as(leadA, Role.MEMBER, () -> moderation.dismiss(ReportedType.THREAD, thread, null)),
                "moderation.error.no-open-reports");
        var aliceAddress = email(alice);
        var warning = await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> mailsTo(aliceAddress),
                        m -> m.stream().anyMatch(x -> GreenMailUtil.getBody(x).contains("Please stay polite.")));
        assertThat(warning).isNotEmpty();
    }

    @Test
    void a_moved_thread_takes_its_open_reports_to_the_new_group() {
        as(carol, Role.MEMBER, () -> moderation.report(ReportedType.REPLY, reply, ReportReason.SPAM, null));

        threadModeration.move(thread, groupB.id(), null);

        assertThat(as(leadA, Role.MEMBER, () -> moderation.groupQueue(groupA.slug()))
                        .items())
                .isEmpty();
        assertThat(as(bea, Role.MEMBER, () -> moderation.groupQueue(groupB.slug()))
                        .items())
                .extracting(QueueItem::targetId)
                .containsExactly(reply);
    }

    private static QueueItem onlyItem(List<QueueItem> items) {
        assertThat(items).hasSize(1);
        return items.getFirst();
    }

    private static void assertRefused(ThrowingCallable call, String key) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(
                        UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    private GroupDetails group() {
        var slug = groupAdministration.create(new NewGroup(
                "Moderation " + UUID.randomUUID().toString().substring(0, 8), "Reports test.", JoinPolicy.OPEN, false));
        return groups.get(slug);
    }

    private String email(long personId) {
        return members.summaries(List.of(personId)).get(personId).email();
    }

    /** Called from Awaitility's thread: no service calls here. */
    private List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(mail.getReceivedMessages())
                .filter(m -> {
                    try {
                        return Arrays.stream(m.getAllRecipients())
                                .anyMatch(r -> r.toString().equals(address));
                    } catch (Exception e) {
                        return false;
                    }
                })
                .toList();
    }
}
