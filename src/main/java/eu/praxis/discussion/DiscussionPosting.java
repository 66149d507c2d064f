package eu.praxis.discussion;

import eu.praxis.base.NotFoundException;
import eu.praxis.base.TextInput;
import eu.praxis.base.UserFacingException;
import eu.praxis.content.Moderation;
import eu.praxis.discussion.ThreadAccess.GroupPlace;
import eu.praxis.discussion.ThreadAccess.Place;
import eu.praxis.discussion.ThreadAccess.PracticePlace;
import eu.praxis.group.GroupAccess;
import eu.praxis.member.MemberService;
import eu.praxis.member.PersonSummary;
import eu.praxis.practice.PracticeDetails;
import eu.praxis.security.CurrentUser;
import eu.praxis.security.PraxisUser;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writing in discussions: starting a group's thread, replying (in a practice's discussion the first reply creates
 * its thread), and editing a post, by its author or by a moderator with a reason. Posting is rate-limited
 * ({@link PostingLimits}); a new post tells the people it mentions who can read it ({@link ThreadStarted},
 * {@link ReplyPosted}). Editing notifies nobody, not even newly mentioned people.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional
public class DiscussionPosting {

    private final DiscussionThreadRepository threads;
    private final ReplyRepository replies;
    private final PostRevisionRepository revisions;
    private final PostingLimits limits;
    private final ThreadAccess access;
    private final GroupAccess groupAccess;
    private final MemberService members;
    private final DiscussionPolicy policy;
    private final DiscussionModerationLog moderationLog;
    private final MarkdownRenderer markdown;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate newTransaction;

    DiscussionPosting(
            DiscussionThreadRepository threads,
            ReplyRepository replies,
            PostRevisionRepository revisions,
            PostingLimits limits,
            ThreadAccess access,
            GroupAccess groupAccess,
            MemberService members,
            DiscussionPolicy policy,
            DiscussionModerationLog moderationLog,
            MarkdownRenderer markdown,
            ApplicationEventPublisher events,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.threads = threads;
        this.replies = replies;
        this.revisions = revisions;
        this.limits = limits;
        this.access = access;
        this.groupAccess = groupAccess;
        this.members = members;
        this.policy = policy;
        this.moderationLog = moderationLog;
        this.markdown = markdown;
        this.events = events;
        this.clock = clock;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** @return the new thread's id */
    public long startThread(long groupId, String title, String body) {
        var user = CurrentUser.require();
        var place = new GroupPlace(access.readableGroup(groupId, user));
        access.requireMayPost(user, place);
        var text = validBody(body);
        limits.check(user, me(user), groupId);
        var thread =
                threads.save(new DiscussionThread(groupId, user.personId(), validTitle(title), text, clock.instant()));
        var threadId = Objects.requireNonNull(thread.getId());
        events.publishEvent(new ThreadStarted(
                threadId,
                groupId,
                user.personId(),
                readersAmong(markdown.mentions(thread.getBodyMarkdown()), place, user)));
        return threadId;
    }

    /** @return the new reply's id */
    public long reply(long threadId, String body) {
        var user = CurrentUser.require();
        var readable = access.readable(threadId, user);
        access.requireMayPost(user, readable.place());
        var text = validBody(body);
        limits.check(user, me(user), readable.thread().getGroupId());
        return reply(readable.thread(), readable.place(), user, text);
    }

    /**
     * Replies in the practice's discussion, creating its thread (titled like the practice) with the first
     * reply. Not found if the viewer may not see the practice.
     *
     * @return the new reply's id
     */
    public long replyToPractice(long practiceId, String body) {
        var user = CurrentUser.require();
        var place = access.practicePlace(practiceId);
        access.requireMayPost(user, place);
        var text = validBody(body);
        threads.findIdByPracticeId(practiceId).flatMap(threads::findById).ifPresent(DiscussionPosting::requireOpen);
        limits.check(user, me(user), null);
        var thread = threads.findById(practiceThreadId(place.practice(), user)).orElseThrow(NotFoundException::new);
        return reply(thread, place, user, text);
    }

    /**
     * Changes the title and first post of a group's thread: its author (the reason is optional), or a moderator of
     * someone else's thread, who must give a reason ({@code thread.edit}). The previous text is kept in the post's
     * history.
     */
    public void editThread(long threadId, String title, String body, @Nullable String reason) {
        var user = CurrentUser.require();
        var readable = access.groupThread(threadId, user);
        var thread = readable.thread();
        var moderating = requireMayEdit(user, readable.leads(), thread.getAuthorId());
        var why = Moderation.reason(reason, moderating);
        var newTitle = validTitle(title);
        var newBody = validBody(body);
        var now = clock.instant();
        revisions.save(PostRevision.ofThread(thread, user.personId(), why, now));
        thread.edit(newTitle, newBody, now);
        if (moderating) {
            moderationLog.moderated(user, "thread", "edit", threadId, thread, thread.getAuthorId(), why);
        }
    }

    /** Changes a reply: its author, or a moderator with a reason ({@code reply.edit}); see {@link #editThread}. */
    public void editReply(long replyId, String body, @Nullable String reason) {
        var user = CurrentUser.require();
        var readable = access.readableReply(replyId, user);
        var reply = readable.reply();
        var moderating = requireMayEdit(user, readable.thread().leads(), reply.getAuthorId());
        var why = Moderation.reason(reason, moderating);
        var newBody = validBody(body);
        var now = clock.instant();
        revisions.save(PostRevision.ofReply(reply, user.personId(), why, now));
        reply.edit(newBody, now);
        events.publishEvent(new ReplyEdited(reply.getThreadId(), replyId));
        if (moderating) {
            moderationLog.moderated(
                    user, "reply", "edit", replyId, readable.thread().thread(), reply.getAuthorId(), why);
        }
    }

    private long reply(DiscussionThread thread, Place place, PraxisUser user, String body) {
        requireOpen(thread);
        var threadId = Objects.requireNonNull(thread.getId());
        var now = clock.instant();
        var reply = replies.save(new Reply(threadId, user.personId(), body, now));
        threads.countReply(threadId, now);
        var replyId = Objects.requireNonNull(reply.getId());
        var mentioned = readersAmong(markdown.mentions(reply.getBodyMarkdown()), place, user);
        events.publishEvent(
                switch (place) {
                    case GroupPlace(var group) ->
                        new ReplyPosted(threadId, replyId, group.id(), null, user.personId(), mentioned);
                    case PracticePlace(var practice, var sharing) ->
                        new ReplyPosted(threadId, replyId, null, practice.id(), user.personId(), mentioned);
                });
        return replyId;
    }

    /**
     * The practice's thread, created if it has none yet. The creation commits on its own, so that when
     * two first replies race, the loser's insert fails on the unique index without spoiling its own
     * transaction (PostgreSQL aborts a transaction after a failed statement); it then takes the winner's
     * thread. The reply itself is validated before, so a refused reply leaves no empty thread behind.
     */
    private long practiceThreadId(PracticeDetails practice, PraxisUser user) {
        return threads.findIdByPracticeId(practice.id()).orElseGet(() -> {
            try {
                return Objects.requireNonNull(
                        newTransaction.execute(status -> threads.saveAndFlush(DiscussionThread.ofPractice(
                                        practice.id(), user.personId(), practice.title(), clock.instant()))
                                .getId()));
            } catch (DataIntegrityViolationException e) {
                return threads.findIdByPracticeId(practice.id()).orElseThrow(() -> e);
            }
        });
    }

    /** Replies go only to a thread that is neither locked, nor hidden or deleted. */
    private static void requireOpen(DiscussionThread thread) {
        if (thread.isLocked()) {
            throw new UserFacingException("discussion.error.locked");
        }
        if (!thread.getModeration().isPublic()) {
            throw new UserFacingException("discussion.error.hidden-thread");
        }
    }

    /**
     * Its author edits a post, and the place's moderators edit others' posts.
     *
     * @return whether the edit is a moderator's (then a reason is required)
     */
    private boolean requireMayEdit(PraxisUser user, boolean leads, long authorId) {
        if (policy.mayEdit(user, authorId)) {
            return false;
        }
        if (!policy.mayModerate(user, leads, authorId)) {
            throw new UserFacingException("discussion.error.not-author");
        }
        return true;
    }

    /** The mentioned people who can read the thread, without the author; the others are ignored. */
    private List<Long> readersAmong(Collection<Long> mentioned, Place place, PraxisUser author) {
        var candidates =
                mentioned.stream().filter(id -> id != author.personId()).toList();
        if (candidates.isEmpty()) {
            return List.of();
        }
        var people = members.summaries(candidates);
        var sharing = place.groups();
        var activeMembers =
                sharing.stream().collect(Collectors.toMap(g -> g.id(), g -> groupAccess.activeMemberIds(g.id())));
        var readers = new ArrayList<Long>();
        for (var id : candidates) {
            var person = people.get(id);
            if (person == null) {
                continue;
            }
            var readsAGroup = sharing.stream()
                    .anyMatch(
                            g -> policy.maySee(person, activeMembers.get(g.id()).contains(id), g));
            var reads = switch (place) {
                case GroupPlace ignored -> readsAGroup;
                case PracticePlace p -> policy.maySeePractice(person, p.practice(), readsAGroup);
            };
            if (reads) {
                readers.add(id);
            }
        }
        return List.copyOf(readers);
    }

    private @Nullable PersonSummary me(PraxisUser user) {
        return members.summaries(List.of(user.personId())).get(user.personId());
    }

    private static String validTitle(String title) {
        return TextInput.required(title, DiscussionThread.TITLE_MAX, "discussion.error.title");
    }

    private static String validBody(String body) {
        return TextInput.required(body, DiscussionThread.BODY_MAX, "discussion.error.body");
    }
}
