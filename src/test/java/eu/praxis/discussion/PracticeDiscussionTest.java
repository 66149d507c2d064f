package eu.praxis.discussion;

import static eu.praxis.practice.PracticeFixtures.as;
import static eu.praxis.practice.PracticeFixtures.sheet;
import static eu.praxis.practice.PracticeFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.praxis.IntegrationTest;
import eu.praxis.WithNewPerson;
import eu.praxis.base.NotFoundException;
import eu.praxis.base.UserFacingException;
import eu.praxis.group.GroupAdministration;
import eu.praxis.group.GroupDirectory;
import eu.praxis.group.GroupMembership;
import eu.praxis.group.JoinPolicy;
import eu.praxis.member.MemberService;
import eu.praxis.organisation.OrganisationFilter;
import eu.praxis.organisation.OrganisationService;
import eu.praxis.practice.PracticeEditing;
import eu.praxis.practice.PracticeFixtures;
import eu.praxis.practice.PracticeFixtures.Who;
import eu.praxis.practice.PracticeLibrary;
import eu.praxis.security.Role;
import java.util.Optional;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * A practice's one discussion thread: created by the first reply, read by whoever may see the
 * practice, posted in by members of its sharing groups (any member for whole-network practices),
 * never by researchers. The outsider works in another organisation than the author, whose colleagues
 * would see the practice anyway.
 */
@IntegrationTest
@WithNewPerson(Role.ADMIN)
@RecordApplicationEvents
class PracticeDiscussionTest {

    @Autowired
    DiscussionReading discussions;

    @Autowired
    PracticeLibrary library;

    @Autowired
    DiscussionPosting posting;

    @Autowired
    PracticeEditing practices;

    @Autowired
    GroupDirectory groups;

    @Autowired
    GroupAdministration groupAdministration;

    @Autowired
    GroupMembership groupMembership;

    @Autowired
    MemberService members;

    @Autowired
    OrganisationService organisations;

    @Autowired
    ApplicationEvents events;

    Who author;
    Who member;
    Who outsider;
    Who researcher;
    long researcherGroup;

    @BeforeEach
    void createPeopleAndGroup() {
        var fixtures = new PracticeFixtures(members, groups, groupMembership, groupAdministration);
        var two = organisations
                .find(OrganisationFilter.any(), PageRequest.of(0, 2))
                .getContent();
        author = fixtures.person(two.get(0).id(), Role.MEMBER);
        member = fixtures.person(two.get(1).id(), Role.MEMBER);
        outsider = fixtures.person(two.get(1).id(), Role.MEMBER);
        researcher = fixtures.person(two.get(1).id(), Role.RESEARCHER);
        researcherGroup = fixtures.group(JoinPolicy.OPEN, true).id();
        groupMembership.addMember(researcherGroup, author.id());
        groupMembership.addMember(researcherGroup, member.id());
    }

    @Test
    void the_first_reply_creates_the_thread_and_the_next_ones_join_it() {
        var practice = published(Set.of(researcherGroup), false);
        assertThat(as(
                        member,
                        () -> Optional.ofNullable(discussions
                                .discussionOfPractice(library.get(practice))
                                .thread())))
                .isEmpty();
        assertThat(as(
                        member,
                        () -> discussions
                                .discussionOfPractice(library.get(practice))
                                .mayReply()))
                .isTrue();

        var first = as(member, () -> posting.replyToPractice(practice, "How many **mediators**?"));
        var second = as(author, () -> posting.replyToPractice(practice, "Twelve, @[you](person:" + member.id() + ")."));

        var thread = as(
                        member,
                        () -> Optional.ofNullable(discussions
                                .discussionOfPractice(library.get(practice))
                                .thread()))
                .orElseThrow();
        assertThat(thread.practiceId()).isEqualTo(practice);
        assertThat(thread.groupId()).isNull();
        assertThat(thread.title()).startsWith("Night mediators");
        assertThat(thread.replies()).extracting(Post::id).containsExactly(first, second);
        assertThat(thread.replies().getFirst().html()).contains("<strong>mediators</strong>");
        assertThat(thread.mayReply()).isTrue();
        assertThat(as(author, () -> discussions.thread(thread.id())).replies()).hasSize(2);
        as(member, () -> posting.editReply(first, "How many mediators, and paid by whom?", null));
        assertThat(as(member, () -> discussions.thread(thread.id()))
                        .replies()
                        .getFirst()
                        .edited())
                .isTrue();
        assertThat(events.stream(ReplyPosted.class).filter(e -> e.replyId() == second))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.practiceId()).isEqualTo(practice);
                    assertThat(e.groupId()).isNull();
                    assertThat(e.mentionedPersonIds()).containsExactly(member.id());
                });
    }

    @Test
    void someone_who_may_not_see_the_practice_finds_nothing() {
        var practice = published(Set.of(researcherGroup), false);
        var threadId = threadIdAfterReply(practice);

        assertNotFound(() -> as(
                outsider,
                () -> Optional.ofNullable(
                        discussions.discussionOfPractice(library.get(practice)).thread())));
        assertNotFound(() -> as(outsider, () -> posting.replyToPractice(practice, "Hello?")));
        assertNotFound(() -> as(outsider, () -> discussions.thread(threadId)));
        assertNotFound(() -> as(outsider, () -> posting.reply(threadId, "Hello?")));
        assertNotFound(() -> as(outsider, () -> discussions.mentionable(threadId)));
    }

    @Test
    void researchers_read_the_discussion_of_a_practice_in_a_group_open_to_them_but_never_post() {
        var practice = published(Set.of(researcherGroup), false);
        var threadId = threadIdAfterReply(practice);

        var seen = as(
                        researcher,
                        () -> Optional.ofNullable(discussions
                                .discussionOfPractice(library.get(practice))
                                .thread()))
                .orElseThrow();
        assertThat(seen.replies()).hasSize(1);
        assertThat(seen.mayReply()).isFalse();
        assertThat(as(
                        researcher,
                        () -> discussions
                                .discussionOfPractice(library.get(practice))
                                .mayReply()))
                .isFalse();
        assertRefused(
                () -> as(researcher, () -> posting.replyToPractice(practice, "A question.")),
                "discussion.error.may-not-post-practice");
        assertRefused(
                () -> as(researcher, () -> posting.reply(threadId, "A question.")),
                "discussion.error.may-not-post-practice");
    }

    @Test
    void any_member_posts_on_a_whole_network_practice() {
        var practice = published(Set.of(), true);

        var replyId = as(outsider, () -> posting.replyToPractice(practice, "We do this in our city too."));

        assertThat(as(
                                member,
                                () -> Optional.ofNullable(discussions
                                        .discussionOfPractice(library.get(practice))
                                        .thread()))
                        .orElseThrow()
                        .replies())
                .extracting(Post::id)
                .containsExactly(replyId);
        assertRefused(
                () -> as(researcher, () -> posting.replyToPractice(practice, "Data?")),
                "discussion.error.may-not-post-practice");
    }

    @Test
    void a_draft_takes_no_replies_and_its_thread_has_no_opening_post_to_edit() {
        var draft =
                as(author, () -> practices.create(sheet(unique("Draft"), Set.of(), Set.of(researcherGroup), false)));
        assertRefused(
                () -> as(author, () -> posting.replyToPractice(draft, "Too early.")),
                "discussion.error.practice-draft");

        var practice = published(Set.of(researcherGroup), false);
        var threadId = threadIdAfterReply(practice);
        assertRefused(
                () -> as(member, () -> posting.editThread(threadId, "New title", "Body.", null)),
                "discussion.error.practice-thread");
    }

    private long published(Set<Long> groupIds, boolean wholeNetwork) {
        var id = as(author, () -> practices.create(sheet(unique("Night mediators"), Set.of(), groupIds, wholeNetwork)));
        as(author, () -> practices.publish(id));
        return id;
    }

    /** The member replies first, which creates the thread. */
    private long threadIdAfterReply(long practice) {
        as(member, () -> posting.replyToPractice(practice, "First."));
        return as(
                        member,
                        () -> Optional.ofNullable(discussions
                                .discussionOfPractice(library.get(practice))
                                .thread()))
                .orElseThrow()
                .id();
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
}
