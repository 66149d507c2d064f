package eu.praxis.discussion;

import static eu.praxis.TestLogins.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.praxis.IntegrationTest;
import eu.praxis.TestClock;
import eu.praxis.TestPeople;
import eu.praxis.WithNewPerson;
import eu.praxis.base.AuditedAction;
import eu.praxis.base.NotFoundException;
import eu.praxis.base.UserFacingException;
import eu.praxis.content.ContentModerated;
import eu.praxis.content.ContentModeration;
import eu.praxis.content.ModerationAction;
import eu.praxis.group.GroupAdministration;
import eu.praxis.group.GroupDirectory;
import eu.praxis.group.GroupMembership;
import eu.praxis.group.JoinPolicy;
import eu.praxis.group.NewGroup;
import eu.praxis.member.MemberService;
import eu.praxis.security.Role;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Moderating discussions, called on the service as a crafted request would: who may pin, lock, hide,
 * edit with a reason, move and delete what, who still sees hidden and deleted content (lists, pages,
 * reply counts), and the events of every action; and the posting limits. Group A has its lead, Alice
 * and Bob; Bea leads group B and is an ordinary member of A; Carl leads group C only.
 */
@IntegrationTest
@WithNewPerson(Role.ADMIN)
@RecordApplicationEvents
class DiscussionModerationTest {

    @Autowired
    DiscussionReading discussions;

    @Autowired
    DiscussionPosting posting;

    @Autowired
    ThreadModeration threadModeration;

    @Autowired
    ContentModeration contentModeration;

    @Autowired
    DiscussionPosts posts;

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
    TestClock clock;

    @Autowired
    ApplicationEvents events;

    long groupA;
    long groupB;
    long groupC;
    long leadA;
    long alice;
    long bob;
    long bea;
    long carl;
    long researcher;
    long admin;
    long thread;
    long reply;

    @BeforeEach
    void createGroupsPeopleAndAThread() {
        var organisationId = people.organisation();
        leadA = people.person(organisationId, Role.MEMBER);
        alice = people.person(organisationId, Role.MEMBER);
        bob = people.person(organisationId, Role.MEMBER);
        bea = people.person(organisationId, Role.MEMBER);
        carl = people.person(organisationId, Role.MEMBER);
        researcher = people.person(organisationId, Role.RESEARCHER);
        admin = members.myProfile().id();
        groupA = group(true);
        groupB = group(false);
        groupC = group(false);
        groupAdministration.appointLead(groupA, leadA);
        groupAdministration.appointLead(groupB, bea);
        groupAdministration.appointLead(groupC, carl);
        for (var person : List.of(alice, bob, bea)) {
            as(person, Role.MEMBER, () -> groupMembership.join(groupA));
        }
        thread = as(alice, Role.MEMBER, () -> posting.startThread(groupA, "Street lighting", "Does it help?"));
        reply = as(bob, Role.MEMBER, () -> posting.reply(thread, "It did in our city."));
    }

    @Test
    void the_menus_offer_what_the_moderation_services_allow() {
        var page = as(leadA, Role.MEMBER, () -> discussions.thread(thread));
        assertThat(page.moderation())
                .containsExactlyInAnyOrder(
                        ModerationAction.HIDE, ModerationAction.DELETE, ModerationAction.PIN, ModerationAction.LOCK);
        assertThat(as(leadA, Role.MEMBER, () -> contentModeration.available(ThreadModeration.TYPE, thread)))
                .isEqualTo(page.moderation());
        var replyOnPage = page.replies().getFirst();
        assertThat(replyOnPage.moderation()).containsExactlyInAnyOrder(ModerationAction.HIDE, ModerationAction.DELETE);
        assertThat(as(leadA, Role.MEMBER, () -> contentModeration.available(ReplyModeration.TYPE, reply)))
                .isEqualTo(replyOnPage.moderation());

        as(
                leadA,
                Role.MEMBER,
                () -> contentModeration.apply(ReplyModeration.TYPE, reply, ModerationAction.HIDE, "Off topic."));
        assertThat(as(leadA, Role.MEMBER, () -> contentModeration.available(ReplyModeration.TYPE, reply)))
                .containsExactlyInAnyOrder(ModerationAction.RESTORE, ModerationAction.DELETE);
        assertThat(as(alice, Role.MEMBER, () -> discussions.thread(thread)).moderation())
                .as("the author, a member")
                .isEmpty();
        assertThat(as(bob, Role.MEMBER, () -> contentModeration.available(ReplyModeration.TYPE, reply)))
                .as("its author sees the hidden reply but may do nothing to it")
                .isEmpty();
        assertThat(as(carl, Role.MEMBER, () -> contentModeration.available(ThreadModeration.TYPE, thread)))
                .as("a lead elsewhere, who does not see it")
                .isEmpty();
    }

    @Test
    void one_post_is_found_in_its_context_only_by_those_who_see_it() {
        var found = as(bob, Role.MEMBER, () -> posts.find(ReplyModeration.TYPE, reply))
                .orElseThrow();
        assertThat(found.threadId()).isEqualTo(thread);
        assertThat(found.authorId()).isEqualTo(bob);
        assertThat(found.markdown()).isEqualTo("It did in our city.");
        assertThat(found.path()).isEqualTo("threads/" + thread);
        assertThat(found.moderatingGroupIds()).containsExactly(groupA);
        assertThat(found.mayModerate()).as("the author").isFalse();
        assertThat(as(leadA, Role.MEMBER, () -> posts.find(ThreadModeration.TYPE, thread)))
                .hasValueSatisfying(post -> {
                    assertThat(post.mayModerate()).isTrue();
                    assertThat(post.mayLock()).isTrue();
                });

        assertThat(as(carl, Role.MEMBER, () -> posts.find(ReplyModeration.TYPE, reply)))
                .as("not a member of the group")
                .isEmpty();
        as(
                leadA,
                Role.MEMBER,
                () -> contentModeration.apply(ReplyModeration.TYPE, reply, ModerationAction.HIDE, "Off topic."));
        assertThat(as(alice, Role.MEMBER, () -> posts.find(ReplyModeration.TYPE, reply)))
                .as("hidden from members other than its author")
                .isEmpty();
        assertThat(as(alice, Role.MEMBER, () -> posts.find(ReplyModeration.TYPE, Long.MAX_VALUE)))
                .isEmpty();
    }

    @Test
    void a_lead_of_another_group_can_do_nothing_here_even_as_a_member() {
        var everyAction = new java.util.ArrayList<>(moderationActions());
        everyAction.add(() -> discussions.threadHistory(thread));
        everyAction.add(() -> discussions.replyHistory(reply));
        for (var action : everyAction) {
            assertThatThrownBy(() -> as(bea, Role.MEMBER, action))
                    .as("Bea, lead of B, member of A")
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(carl, Role.MEMBER, action))
                    .as("Carl, lead of C only")
                    .isInstanceOf(NotFoundException.class);
        }
        assertThatThrownBy(() -> as(bea, Role.MEMBER, () -> posting.editReply(reply, "Censored.", "Because.")))
                .isInstanceOfSatisfying(
                        UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("discussion.error.not-author"));
        assertThat(moderationEvents()).isEmpty();
        assertThat(as(alice, Role.MEMBER, () -> discussions.thread(thread)).replies())
                .hasSize(1);
    }

    @Test
    void members_do_not_moderate_and_moderators_do_not_hide_their_own_posts() {
        for (var action : moderationActions()) {
            assertThatThrownBy(() -> as(alice, Role.MEMBER, action))
                    .as("Alice, a member and the thread's author")
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> as(
                        bob,
                        Role.MEMBER,
                        () -> contentModeration.apply(ThreadModeration.TYPE, thread, ModerationAction.PIN, null)))
                .isInstanceOf(AccessDeniedException.class);
        var own = as(leadA, Role.MEMBER, () -> posting.startThread(groupA, "Agenda", "Our next meeting."));
        var ownReply = as(leadA, Role.MEMBER, () -> posting.reply(thread, "As the lead: thanks."));
        for (ThrowingCallable call : List.<ThrowingCallable>of(
                () -> as(
                        leadA,
                        Role.MEMBER,
                        () -> contentModeration.apply(ThreadModeration.TYPE, own, ModerationAction.HIDE, "Mine.")),
                () -> as(
                        leadA,
                        Role.MEMBER,
                        () -> contentModeration.apply(ThreadModeration.TYPE, own, ModerationAction.DELETE, "Mine.")),
                () -> as(
                        leadA,
                        Role.MEMBER,
                        () -> contentModeration.apply(
                                ReplyModeration.TYPE, ownReply, ModerationAction.HIDE, "Mine.")))) {
            assertThatThrownBy(call)
                    .isInstanceOfSatisfying(
                            UserFacingException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("discussion.error.own-content"));
        }
        assertThat(moderationEvents()).isEmpty();
    }

    @Test
    void a_lead_pins_and_locks_her_own_announcement() {
        var own = as(leadA, Role.MEMBER, () -> posting.startThread(groupA, "Announcement", "Meeting in May."));
        var page = as(leadA, Role.MEMBER, () -> discussions.thread(own));
        assertThat(page.mayPinAndLock()).isTrue();
        assertThat(page.mayModerate())
                .as("hide, edit with a reason, delete: not on her own thread")
                .isFalse();

        as(leadA, Role.MEMBER, () -> contentModeration.apply(ThreadModeration.TYPE, own, ModerationAction.PIN, null));
        as(leadA, Role.MEMBER, () -> contentModeration.apply(ThreadModeration.TYPE, own, ModerationAction.LOCK, null));

        var after = as(alice, Role.MEMBER, () -> discussions.thread(own));
        assertThat(after.pinned()).isTrue();
        assertThat(after.locked()).isTrue();
        assertThat(after.mayPinAndLock()).as("Alice is no moderator").isFalse();
        assertThat(listed(alice).getFirst()).isEqualTo(own);
    }

    @Test
    void pinned_threads_come_first_and_a_locked_thread_takes_no_replies() {
        var newer = as(bob, Role.MEMBER, () -> posting.startThread(groupA, "Newer", "Later."));
        assertThat(listed(alice)).containsExactly(newer, thread);

        as(
                leadA,
                Role.MEMBER,
                () -> contentModeration.apply(ThreadModeration.TYPE, thread, ModerationAction.PIN, null));
        as(
                leadA,
                Role.MEMBER,
                () -> contentModeration.apply(ThreadModeration.TYPE, thread, ModerationAction.LOCK, null));

        assertThat(listed(alice)).containsExactly(thread, newer);
        assertThat(as(alice, Role.MEMBER, () -> discussions.newestThreadsOfGroup(groupA, 5)))
                .extracting(ThreadListItem::id)
                .containsExactly(thread, newer);
        assertThatThrownBy(() -> as(bob, Role.MEMBER, () -> posting.reply(thread, "More.")))
                .isInstanceOfSatisfying(
                        UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("discussion.error.locked"));
        // a pin takes nothing from the author: audited, but no news for them
        assertThat(moderationEvents()).extracting(ContentModerated::action).containsExactly("thread.lock");
        assertThat(audited()).extracting(AuditedAction::action).containsExactly("thread.pin", "thread.lock");
        assertThat(audited()).allSatisfy(a -> {
            assertThat(a.actorId()).isEqualTo(leadA);
            assertThat(a.groupId()).isEqualTo(groupA);
            assertThat(a.targetId()).isEqualTo(thread);
        });
        as(
                leadA,
                Role.MEMBER,
                () -> contentModeration.apply(ThreadModeration.TYPE, thread, ModerationAction.UNLOCK, null));
        as(
                leadA,
                Role.MEMBER,
                () -> contentModeration.apply(ThreadModeration.TYPE, thread, ModerationAction.UNPIN, null));
        assertThat(listed(alice)).containsExactly(newer, thread);
    }

    @Test
    void a_hidden_thread_is_gone_for_readers_but_shown_with_its_reason_to_author_lead_and_admin() {
        as(
                leadA,
                Role.MEMBER,
                () -> contentModeration.apply(ThreadModeration.TYPE, thread, ModerationAction.HIDE, " Off topic. "));

        for (var who : Map.of(bob, Role.MEMBER, bea, Role.MEMBER, researcher, Role.RESEARCHER)
                .entrySet()) {
            assertThat(as(who.getKey(), who.getValue(), () -> listedItems(who.getKey(), who.getValue())))
                    .isEmpty();
            assertThat(as(who.getKey(), who.getValue(), () -> discussions.newestThreadsOfGroup(groupA, 5)))
                    .isEmpty();
            assertThatThrownBy(() -> as(who.getKey(), who.getValue(), () -> discussions.thread(thread)))
                    .isInstanceOf(NotFoundException.class);
        }
        for (var who : List.of(alice, leadA)) {
            var seen = as(who, Role.MEMBER, () -> discussions.thread(thread));
            assertThat(seen.hidden()).isTrue();
            assertThat(seen.opening().hiddenReason()).isEqualTo("Off topic.");
            assertThat(seen.mayReply()).isFalse();
            assertThat(listedItems(who, Role.MEMBER))
                    .singleElement()
                    .satisfies(t -> assertThat(t.hidden()).isTrue());
        }
        assertThat(discussions.thread(thread).hidden()).isTrue();
        assertThat(moderationEvents())
                .containsExactly(new ContentModerated(
                        "thread.hide", "thread", thread, thread, groupA, null, alice, leadA, "Off topic."));
        assertThat(audited())
                .singleElement()
                .satisfies(a -> assertThat(a.reason()).isEqualTo("Off topic."));

        as(
                leadA,
                Role.MEMBER,
                () -> contentModeration.apply(ThreadModeration.TYPE, thread, ModerationAction.RESTORE, null));
        assertThat(listed(bob)).containsExactly(thread);
    }

    @Test
    void a_hidden_reply_is_gone_for_readers_and_from_the_reply_count() {
        assertThat(listedItems(alice, Role.MEMBER).getFirst().replyCount()).isEqualTo(1);

        as(
                leadA,
                Role.MEMBER,
                () -> contentModeration.apply(ReplyModeration.TYPE, reply, ModerationAction.HIDE, "Insulting."));

        assertThat(as(alice, Role.MEMBER, () -> discussions.thread(thread)).replies())
                .isEmpty();
        assertThat(as(researcher, Role.RESEARCHER, () -> discussions.thread(thread))
                        .replies())
                .isEmpty();
        assertThat(listedItems(alice, Role.MEMBER).getFirst().replyCount()).isZero();
        assertThat(as(bob, Role.MEMBER, () -> discussions.thread(thread)).replies())
                .singleElement()
                .satisfies(p -> assertThat(p.hiddenReason()).isEqualTo("Insulting."));
        assertThat(as(leadA, Role.MEMBER, () -> discussions.thread(thread)).replies())
                .singleElement()
                .satisfies(p -> assertThat(p.mayModerate()).isTrue());
        assertThat(audited())
                .extracting(AuditedAction::action, AuditedAction::targetType)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("reply.hide", "reply"));

        as(
                leadA,
                Role.MEMBER,
                () -> contentModeration.apply(ReplyModeration.TYPE, reply, ModerationAction.RESTORE, null));
        assertThat(as(alice, Role.MEMBER, () -> discussions.thread(thread)).replies())
                .hasSize(1);
        assertThat(listedItems(alice, Role.MEMBER).getFirst().replyCount()).isEqualTo(1);
    }

    @Test
    void deleted_content_is_seen_by_admins_only_who_alone_restore_it() {
        as(
                leadA,
                Role.MEMBER,
                () -> contentModeration.apply(ReplyModeration.TYPE, reply, ModerationAction.DELETE, null));
        as(
                leadA,
                Role.MEMBER,
                () -> contentModeration.apply(ThreadModeration.TYPE, thread, ModerationAction.DELETE, "Spam."));

        for (var who : List.of(alice, bob, leadA)) {
            assertThat(listed(who)).isEmpty();
            assertThatThrownBy(() -> as(who, Role.MEMBER, () -> discussions.thread(thread)))
                    .isInstanceOf(NotFoundException.class);
        }
        assertThatThrownBy(() -> as(
                        leadA,
                        Role.MEMBER,
                        () -> contentModeration.apply(ThreadModeration.TYPE, thread, ModerationAction.UNDELETE, null)))
                .as("the lead does not even see it any more")
                .isInstanceOf(NotFoundException.class);
        var seen = discussions.thread(thread);
        assertThat(seen.deleted()).isTrue();
        assertThat(seen.moderation()).contains(ModerationAction.UNDELETE);
        assertThat(seen.replies())
                .singleElement()
                .satisfies(p -> assertThat(p.deleted()).isTrue());
        assertThat(discussions.threadsOfGroup(groupA, PageRequest.of(0, 5)).getContent())
                .singleElement()
                .satisfies(t -> assertThat(t.deleted()).isTrue());

        contentModeration.apply(ThreadModeration.TYPE, thread, ModerationAction.UNDELETE, null);
        contentModeration.apply(ReplyModeration.TYPE, reply, ModerationAction.UNDELETE, null);

        assertThat(as(alice, Role.MEMBER, () -> discussions.thread(thread)).replies())
                .hasSize(1);
        assertThat(audited())
                .extracting(AuditedAction::action)
                .containsExactly("reply.delete", "thread.delete", "thread.undelete", "reply.undelete");
    }

    @Test
    void a_thread_moves_between_groups_its_lead_leads_or_anywhere_for_the_secretariat() {
        groupAdministration.appointLead(groupC, leadA);

        assertThatThrownBy(() -> as(leadA, Role.MEMBER, () -> threadModeration.move(thread, groupB, null)))
                .isInstanceOf(NotFoundException.class);
        groupMembership.addMember(groupB, leadA);
        assertThatThrownBy(() -> as(leadA, Role.MEMBER, () -> threadModeration.move(thread, groupB, null)))
                .as("a member of B, not its lead")
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as(leadA, Role.MEMBER, () -> threadModeration.moveTargets(thread)))
                .extracting(g -> g.id())
                .containsExactly(groupC);

        as(leadA, Role.MEMBER, () -> threadModeration.move(thread, groupC, "Belongs to C."));

        assertThat(listed(alice)).isEmpty();
        assertThat(discussions.thread(thread).groupId()).isEqualTo(groupC);
        assertThat(moderationEvents()).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("thread.move");
            assertThat(e.groupId()).isEqualTo(groupC);
        });
        threadModeration.move(thread, groupA, null);
        assertThat(listed(alice)).containsExactly(thread);
    }

    @Test
    void a_moderator_edits_with_a_reason_and_the_earlier_text_is_kept() {
        assertThatThrownBy(() -> as(leadA, Role.MEMBER, () -> posting.editReply(reply, "Tidied.", "  ")))
                .isInstanceOfSatisfying(
                        UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.moderation.reason"));

        as(leadA, Role.MEMBER, () -> posting.editReply(reply, "It did in our city (link removed).", "Link to a scam."));
        as(
                leadA,
                Role.MEMBER,
                () -> posting.editThread(thread, "Street lighting at night", "Does it help?", "Clearer title."));

        var seen = as(alice, Role.MEMBER, () -> discussions.thread(thread));
        assertThat(seen.title()).isEqualTo("Street lighting at night");
        assertThat(seen.replies().getFirst().markdown()).isEqualTo("It did in our city (link removed).");
        assertThat(seen.replies().getFirst().edited()).isTrue();
        assertThat(as(bob, Role.MEMBER, () -> discussions.replyHistory(reply)))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.markdown()).isEqualTo("It did in our city.");
                    assertThat(r.editorId()).isEqualTo(leadA);
                    assertThat(r.reason()).isEqualTo("Link to a scam.");
                });
        assertThat(as(leadA, Role.MEMBER, () -> discussions.threadHistory(thread)))
                .singleElement()
                .satisfies(r -> assertThat(r.title()).isEqualTo("Street lighting"));
        assertThatThrownBy(() -> as(alice, Role.MEMBER, () -> discussions.replyHistory(reply)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(audited()).extracting(AuditedAction::action).containsExactly("reply.edit", "thread.edit");
    }

    @Test
    void new_accounts_and_everyone_in_one_group_are_held_to_posting_limits() {
        var newcomer = people.person(people.organisation(), Role.MEMBER);
        as(newcomer, Role.MEMBER, () -> groupMembership.join(groupA));
        as(newcomer, Role.MEMBER, () -> groupMembership.join(groupC));
        for (int i = 0; i < 5; i++) {
            as(newcomer, Role.MEMBER, () -> posting.reply(thread, "Me too."));
        }
        assertThatThrownBy(() -> as(newcomer, Role.MEMBER, () -> posting.startThread(groupC, "Buy now", "Cheap.")))
                .as("a new account, in any group")
                .isInstanceOfSatisfying(UserFacingException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("discussion.error.rate-limit");
                    assertThat((long) e.arguments()[0]).isBetween(59L, 60L);
                });

        clock.advance(Duration.ofDays(8));
        try {
            // an established account now: only the limit per group and minute holds
            for (int i = 0; i < 5; i++) {
                as(newcomer, Role.MEMBER, () -> posting.reply(thread, "Again."));
            }
            assertThatThrownBy(() -> as(newcomer, Role.MEMBER, () -> posting.reply(thread, "Once more.")))
                    .isInstanceOfSatisfying(UserFacingException.class, e -> {
                        assertThat(e.messageKey()).isEqualTo("discussion.error.rate-limit");
                        assertThat((long) e.arguments()[0]).isEqualTo(1L);
                    });
            assertThat(as(newcomer, Role.MEMBER, () -> posting.startThread(groupC, "Elsewhere", "Fine.")))
                    .isPositive();
        } finally {
            clock.reset();
        }
    }

    /** Every moderation action on Alice's thread and Bob's reply. */
    private List<Runnable> moderationActions() {
        return List.of(
                () -> contentModeration.apply(ThreadModeration.TYPE, thread, ModerationAction.PIN, null),
                () -> contentModeration.apply(ThreadModeration.TYPE, thread, ModerationAction.LOCK, null),
                () -> contentModeration.apply(ThreadModeration.TYPE, thread, ModerationAction.HIDE, "Reason."),
                () -> contentModeration.apply(ThreadModeration.TYPE, thread, ModerationAction.RESTORE, null),
                () -> contentModeration.apply(ThreadModeration.TYPE, thread, ModerationAction.DELETE, null),
                () -> contentModeration.apply(ThreadModeration.TYPE, thread, ModerationAction.UNDELETE, null),
                () -> threadModeration.move(thread, groupB, null),
                () -> contentModeration.apply(ReplyModeration.TYPE, reply, ModerationAction.HIDE, "Reason."),
                () -> contentModeration.apply(ReplyModeration.TYPE, reply, ModerationAction.RESTORE, null),
                () -> contentModeration.apply(ReplyModeration.TYPE, reply, ModerationAction.DELETE, null),
                () -> contentModeration.apply(ReplyModeration.TYPE, reply, ModerationAction.UNDELETE, null));
    }

    private List<Long> listed(long who) {
        return listedItems(who, Role.MEMBER).stream().map(ThreadListItem::id).toList();
    }

    private List<ThreadListItem> listedItems(long who, Role role) {
        return as(
                who,
                role,
                () -> discussions.threadsOfGroup(groupA, PageRequest.of(0, 10)).getContent());
    }

    private List<ContentModerated> moderationEvents() {
        return events.stream(ContentModerated.class).toList();
    }

    private List<AuditedAction> audited() {
        return events.stream(AuditedAction.class)
                .filter(a -> a.targetType().equals("thread") || a.targetType().equals("reply"))
                .toList();
    }

    private long group(boolean visibleToResearchers) {
        var slug = groupAdministration.create(new NewGroup(
                "Moderation test " + UUID.randomUUID().toString().substring(0, 8),
                "A group for a test.",
                JoinPolicy.OPEN,
                visibleToResearchers));
        return groups.get(slug).id();
    }
}
