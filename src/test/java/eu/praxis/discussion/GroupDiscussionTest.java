package eu.praxis.discussion;

import static eu.praxis.TestLogins.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.praxis.IntegrationTest;
import eu.praxis.TestPeople;
import eu.praxis.WithNewPerson;
import eu.praxis.base.NotFoundException;
import eu.praxis.base.UserFacingException;
import eu.praxis.content.ContentModeration;
import eu.praxis.content.ModerationAction;
import eu.praxis.group.GroupAdministration;
import eu.praxis.group.GroupDirectory;
import eu.praxis.group.GroupMembership;
import eu.praxis.group.JoinPolicy;
import eu.praxis.group.NewGroup;
import eu.praxis.member.MemberService;
import eu.praxis.security.Role;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Who reads, posts, replies and edits in group discussions, each rule with its denials, and which
 * mentions reach the events. Every test works on a group and people it creates itself.
 */
@IntegrationTest
@WithNewPerson(Role.ADMIN)
@RecordApplicationEvents
class GroupDiscussionTest {

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
    MemberService members;

    @Autowired
    TestPeople people;

    @Autowired
    ApplicationEvents events;

    long alice;
    long bob;
    long outsider;
    long researcher;

    @BeforeEach
    void createPeople() {
        var organisationId = people.organisation();
        alice = people.person(organisationId, Role.MEMBER);
        bob = people.person(organisationId, Role.MEMBER);
        outsider = people.person(organisationId, Role.MEMBER);
        researcher = people.person(organisationId, Role.RESEARCHER);
    }

    @Test
    void active_members_start_threads_and_reply_and_everyone_who_may_reads_them() {
        var group = groupWithAliceAndBob(true);

        var threadId = as(
                alice,
                Role.MEMBER,
                () -> posting.startThread(group, "  Night mediators  ", "How do you **fund** them?"));
        var replyId = as(bob, Role.MEMBER, () -> posting.reply(threadId, "Through the *tourist tax*."));

        var seenByAlice = as(alice, Role.MEMBER, () -> discussions.thread(threadId));
        assertThat(seenByAlice.title()).isEqualTo("Night mediators");
        assertThat(seenByAlice.opening().html()).contains("<strong>fund</strong>");
        assertThat(seenByAlice.replies()).extracting(Post::id).containsExactly(replyId);
        assertThat(seenByAlice.replies().getFirst().html()).contains("<em>tourist tax</em>");
        assertThat(seenByAlice.mayReply()).isTrue();
        var listed = as(bob, Role.MEMBER, () -> discussions.threadsOfGroup(group, PageRequest.of(0, 10)));
        assertThat(listed.getContent()).singleElement().satisfies(t -> {
            assertThat(t.id()).isEqualTo(threadId);
            assertThat(t.replyCount()).isEqualTo(1);
        });
        assertThat(events.stream(ThreadStarted.class))
                .extracting(ThreadStarted::threadId)
                .contains(threadId);
        assertThat(events.stream(ReplyPosted.class))
                .extracting(ReplyPosted::replyId)
                .contains(replyId);
    }

    @Test
    void the_most_recently_active_thread_comes_first() {
        var group = groupWithAliceAndBob(false);
        var older = as(alice, Role.MEMBER, () -> posting.startThread(group, "Older", "First."));
        var newer = as(alice, Role.MEMBER, () -> posting.startThread(group, "Newer", "Second."));
        assertThat(as(bob, Role.MEMBER, () -> discussions.newestThreadsOfGroup(group, 5)))
                .extracting(ThreadListItem::id)
                .containsExactly(newer, older);

        as(bob, Role.MEMBER, () -> posting.reply(older, "Reviving this one."));

        var firstPage = as(bob, Role.MEMBER, () -> discussions.threadsOfGroup(group, PageRequest.of(0, 1)));
        assertThat(firstPage.getContent()).extracting(ThreadListItem::id).containsExactly(older);
        assertThat(firstPage.hasNext()).isTrue();
    }

    @Test
    void non_members_cannot_read_nor_post_and_see_nothing() {
        var group = groupWithAliceAndBob(true);
        var threadId = as(alice, Role.MEMBER, () -> posting.startThread(group, "Members only", "Hello."));

        assertNotFound(() -> as(outsider, Role.MEMBER, () -> posting.startThread(group, "Intruder", "Hi.")));
        assertNotFound(() -> as(outsider, Role.MEMBER, () -> posting.reply(threadId, "Hi.")));
        assertNotFound(() -> as(outsider, Role.MEMBER, () -> discussions.thread(threadId)));
        assertNotFound(() -> as(outsider, Role.MEMBER, () -> discussions.threadsOfGroup(group, PageRequest.of(0, 5))));
        assertThat(as(outsider, Role.MEMBER, () -> discussions.newestThreadsOfGroup(group, 5)))
                .isEmpty();
    }

    @Test
    void a_pending_member_cannot_post() {
        var group = group(JoinPolicy.ON_REQUEST, true);
        as(outsider, Role.MEMBER, () -> groupMembership.join(group));

        assertNotFound(() -> as(outsider, Role.MEMBER, () -> posting.startThread(group, "Too early", "Hi.")));
    }

    @Test
    void researchers_read_threads_of_groups_opened_to_them_but_never_post() {
        var visible = groupWithAliceAndBob(true);
        var threadId = as(alice, Role.MEMBER, () -> posting.startThread(visible, "Open to research", "Data?"));

        var seen = as(researcher, Role.RESEARCHER, () -> discussions.thread(threadId));
        assertThat(seen.mayReply()).isFalse();
        assertThat(as(researcher, Role.RESEARCHER, () -> discussions.threadsOfGroup(visible, PageRequest.of(0, 5))))
                .extracting(ThreadListItem::id)
                .containsExactly(threadId);
        assertRefused(
                () -> as(researcher, Role.RESEARCHER, () -> posting.reply(threadId, "A question.")),
                "discussion.error.may-not-post");
        assertRefused(
                () -> as(researcher, Role.RESEARCHER, () -> posting.startThread(visible, "Q", "A question.")),
                "discussion.error.may-not-post");
    }

    @Test
    void researchers_see_nothing_of_a_group_closed_to_them() {
        var hidden = groupWithAliceAndBob(false);
        var threadId = as(alice, Role.MEMBER, () -> posting.startThread(hidden, "Closed", "Internal."));

        assertNotFound(() -> as(researcher, Role.RESEARCHER, () -> discussions.thread(threadId)));
        assertNotFound(() ->
                as(researcher, Role.RESEARCHER, () -> discussions.threadsOfGroup(hidden, PageRequest.of(0, 5))));
        assertThat(as(researcher, Role.RESEARCHER, () -> discussions.newestThreadsOfGroup(hidden, 5)))
                .isEmpty();
    }

    @Test
    void the_secretariat_reads_every_group_but_posts_only_where_it_is_a_member() {
        var group = groupWithAliceAndBob(false);
        var threadId = as(alice, Role.MEMBER, () -> posting.startThread(group, "Budget", "Numbers."));

        assertThat(discussions.thread(threadId).mayReply()).isFalse();
        assertRefused(() -> posting.reply(threadId, "Noted."), "discussion.error.may-not-post");
    }

    @Test
    void a_locked_thread_takes_no_replies() {
        var group = groupWithAliceAndBob(true);
        var threadId = as(alice, Role.MEMBER, () -> posting.startThread(group, "Closed topic", "Done."));
        contentModeration.apply(ThreadModeration.TYPE, threadId, ModerationAction.LOCK, null);

        assertThat(as(bob, Role.MEMBER, () -> discussions.thread(threadId)).mayReply())
                .isFalse();
        assertRefused(
                () -> as(bob, Role.MEMBER, () -> posting.reply(threadId, "One more thing.")),
                "discussion.error.locked");
        assertThat(as(bob, Role.MEMBER, () -> discussions.thread(threadId)).replies())
                .isEmpty();
    }

    @Test
    void an_archived_group_takes_no_posts_but_stays_readable() {
        var group = groupWithAliceAndBob(true);
        var threadId = as(alice, Role.MEMBER, () -> posting.startThread(group, "Before archiving", "Text."));
        groupAdministration.archive(group);

        assertThat(as(bob, Role.MEMBER, () -> discussions.thread(threadId)).mayReply())
                .isFalse();
        assertRefused(() -> as(bob, Role.MEMBER, () -> posting.reply(threadId, "Late.")), "discussion.error.archived");
        assertRefused(
                () -> as(bob, Role.MEMBER, () -> posting.startThread(group, "New", "Late.")),
                "discussion.error.archived");
    }

    @Test
    void only_the_author_edits_and_an_edit_is_marked() {
        var group = groupWithAliceAndBob(true);
        var threadId = as(alice, Role.MEMBER, () -> posting.startThread(group, "Draft title", "Draft body."));
        var replyId = as(bob, Role.MEMBER, () -> posting.reply(threadId, "Frist!"));
        var before = as(alice, Role.MEMBER, () -> discussions.thread(threadId));
        assertThat(before.opening().edited()).isFalse();
        assertThat(before.opening().mayEdit()).isTrue();
        assertThat(before.replies().getFirst().mayEdit())
                .as("Bob's reply, seen by Alice")
                .isFalse();

        assertRefused(
                () -> as(bob, Role.MEMBER, () -> posting.editThread(threadId, "Hijacked", "Mine now.", null)),
                "discussion.error.not-author");
        assertRefused(
                () -> as(alice, Role.MEMBER, () -> posting.editReply(replyId, "Censored.", null)),
                "discussion.error.not-author");
        assertRefused(
                () -> posting.editReply(replyId, "The secretariat, only with a reason.", null),
                "error.moderation.reason");
        as(alice, Role.MEMBER, () -> posting.editThread(threadId, "Final title", "Final body.", null));
        as(bob, Role.MEMBER, () -> posting.editReply(replyId, "First!", null));

        var after = as(bob, Role.MEMBER, () -> discussions.thread(threadId));
        assertThat(after.title()).isEqualTo("Final title");
        assertThat(after.opening().markdown()).isEqualTo("Final body.");
        assertThat(after.opening().edited()).isTrue();
        assertThat(after.replies().getFirst().markdown()).isEqualTo("First!");
        assertThat(after.replies().getFirst().edited()).isTrue();
    }

    @Test
    void titles_and_bodies_are_validated() {
        var group = groupWithAliceAndBob(true);

        assertRefused(
                () -> as(alice, Role.MEMBER, () -> posting.startThread(group, "  ", "Body.")),
                "discussion.error.title");
        assertRefused(
                () -> as(alice, Role.MEMBER, () -> posting.startThread(group, "x".repeat(201), "Body.")),
                "discussion.error.title");
        assertRefused(
                () -> as(alice, Role.MEMBER, () -> posting.startThread(group, "Title", " \n ")),
                "discussion.error.body");
        assertRefused(
                () -> as(
                        alice,
                        Role.MEMBER,
                        () -> posting.startThread(group, "Title", "x".repeat(DiscussionThread.BODY_MAX + 1))),
                "discussion.error.body");
        assertThat(as(
                        alice,
                        Role.MEMBER,
                        () -> posting.startThread(group, "x".repeat(200), "x".repeat(DiscussionThread.BODY_MAX))))
                .isPositive();
    }

    @Test
    void mentions_reach_only_people_who_can_read_the_thread() {
        var group = groupWithAliceAndBob(false);

        var threadId = as(
                alice,
                Role.MEMBER,
                () -> posting.startThread(
                        group,
                        "Ideas",
                        "@[Bob](person:" + bob + ") and @[Out](person:" + outsider + "), what do you think?"));
        var replyId = as(
                bob,
                Role.MEMBER,
                () -> posting.reply(
                        threadId,
                        "Ask @[Researcher](person:" + researcher + "), @[Alice](person:" + alice + "), @[me](person:"
                                + bob + ") and @[nobody](person:0)"));

        assertThat(events.stream(ThreadStarted.class).filter(e -> e.threadId() == threadId))
                .singleElement()
                .satisfies(e -> assertThat(e.mentionedPersonIds()).containsExactly(bob));
        assertThat(events.stream(ReplyPosted.class).filter(e -> e.replyId() == replyId))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.groupId()).isEqualTo(group);
                    assertThat(e.authorId()).isEqualTo(bob);
                    assertThat(e.mentionedPersonIds())
                            .as("the researcher cannot read a closed group; "
                                    + "the author is not told of their own mention")
                            .containsExactly(alice);
                });
    }

    @Test
    void visitors_are_refused() {
        // not @WithAnonymousUser: the people of @BeforeEach are created as the secretariat
        var admin = SecurityContextHolder.getContext();
        var visitor = SecurityContextHolder.createEmptyContext();
        visitor.setAuthentication(new AnonymousAuthenticationToken(
                "test", "visitor", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        SecurityContextHolder.setContext(visitor);
        try {
            assertThatThrownBy(() -> discussions.thread(1)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> posting.startThread(1, "T", "B")).isInstanceOf(AccessDeniedException.class);
        } finally {
            SecurityContextHolder.setContext(admin);
        }
    }

    private static void assertNotFound(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(NotFoundException.class);
    }

    private static void assertRefused(ThrowingCallable call, String messageKey) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(
                        UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(messageKey));
    }

    /** An open group in which Alice and Bob are active members. */
    private long groupWithAliceAndBob(boolean visibleToResearchers) {
        var group = group(JoinPolicy.OPEN, visibleToResearchers);
        as(alice, Role.MEMBER, () -> groupMembership.join(group));
        as(bob, Role.MEMBER, () -> groupMembership.join(group));
        return group;
    }

    private long group(JoinPolicy policy, boolean visibleToResearchers) {
        var slug = groupAdministration.create(new NewGroup(
                "Discussion test " + UUID.randomUUID().toString().substring(0, 8),
                "A group for a test.",
                policy,
                visibleToResearchers));
        return groups.get(slug).id();
    }
}
