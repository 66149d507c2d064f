package eu.praxis.discussion;

import eu.praxis.base.AuditedAction;
import eu.praxis.base.NotFoundException;
import eu.praxis.base.UserFacingException;
import eu.praxis.content.ContentModerated;
import eu.praxis.content.Moderation;
import eu.praxis.group.GroupAccess;
import eu.praxis.group.GroupDirectory;
import eu.praxis.group.GroupListItem;
import eu.praxis.member.MemberService;
import eu.praxis.member.PersonStatus;
import eu.praxis.member.PersonSummary;
import eu.praxis.practice.PracticeDetails;
import eu.praxis.practice.PracticeLibrary;
import eu.praxis.practice.PracticeStatus;
import eu.praxis.security.CurrentUser;
import eu.praxis.security.PraxisUser;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Threads and replies of working groups, and the one thread of each practice (read by whoever may
 * see the practice). Every rule is asked of {@link DiscussionPolicy}. A thread
 * or group the viewer may not read is answered with {@link NotFoundException}, exactly like one that
 * does not exist; a refused action on a readable thread with a {@link UserFacingException}.
 *
 * <p>Moderation (who: {@link DiscussionPolicy#mayModerate}): hide with a reason, edit with a reason, move and
 * delete a group's thread; hide, edit and delete replies, also in a practice's discussion. Pinning and locking a
 * group's thread ({@link DiscussionPolicy#mayPinAndLock}) is for its moderators also on their own threads.
 * Hidden and deleted content is left out for those who may not see it ({@link DiscussionPolicy#maySeeContent})
 * everywhere: lists, thread pages, reply counts. Every moderation action publishes an {@link AuditedAction}
 * in its transaction, and a {@link ContentModerated} for its author unless it was a pin or unpin. Posting is
 * rate-limited ({@link PostingLimits}).
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class DiscussionService {

    private final DiscussionThreadRepository threads;
    private final ReplyRepository replies;
    private final PostRevisionRepository revisions;
    private final PostingLimits limits;
    private final GroupDirectory groups;
    private final GroupAccess groupAccess;
    private final PracticeLibrary practices;
    private final MemberService members;
    private final DiscussionPolicy policy;
    private final MarkdownRenderer markdown;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate newTransaction;

    DiscussionService(
            DiscussionThreadRepository threads,
            ReplyRepository replies,
            PostRevisionRepository revisions,
            PostingLimits limits,
            GroupDirectory groups,
            GroupAccess groupAccess,
            PracticeLibrary practices,
            MemberService members,
            DiscussionPolicy policy,
            MarkdownRenderer markdown,
            ApplicationEventPublisher events,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.threads = threads;
        this.replies = replies;
        this.revisions = revisions;
        this.limits = limits;
        this.groups = groups;
        this.groupAccess = groupAccess;
        this.practices = practices;
        this.members = members;
        this.policy = policy;
        this.markdown = markdown;
        this.events = events;
        this.clock = clock;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** What a thread belongs to, as the viewer may see it. */
    private sealed interface Place permits GroupPlace, PracticePlace {}

    private record GroupPlace(GroupListItem group) implements Place {}

    /** @param sharing the groups the practice is shared in that the viewer may see, with the viewer's membership */
    private record PracticePlace(PracticeDetails practice, List<GroupListItem> sharing) implements Place {}

    /** A thread the viewer may see, where it belongs, and whether the viewer leads that place. */
    private record Readable(DiscussionThread thread, Place place, boolean leads) {}

    /** The group's threads the viewer may see, pinned ones first, then by most recent activity. */
    public Slice<ThreadListItem> threadsOfGroup(long groupId, Pageable page) {
        var user = CurrentUser.require();
        var group = readableGroup(groupId, user);
        return toListItems(threads.findListed(
                groupId, user.personId(), policy.moderates(user, group.iLead()), policy.seesDeleted(user), page));
    }

    /**
     * The group's threads with the most recent activity, for the group page. Empty (rather than an
     * error) when the viewer may not read them, as the group page is also shown to non-members.
     */
    public List<ThreadListItem> newestThreadsOfGroup(long groupId, int limit) {
        return groupThreads(groupId, limit).map(GroupThreads::newest).orElse(List.of());
    }

    /**
     * What a group's page shows of its discussions, with one look-up of the group: empty if the
     * viewer may not read them.
     */
    public Optional<GroupThreads> groupThreads(long groupId, int limit) {
        var user = CurrentUser.require();
        return groups.find(groupId)
                .filter(g -> policy.maySee(user, g))
                .map(g -> new GroupThreads(
                        g.slug(),
                        policy.mayPost(user, g),
                        toListItems(threads.findListed(
                                groupId,
                                user.personId(),
                                policy.moderates(user, g.iLead()),
                                policy.seesDeleted(user),
                                Limit.of(limit)))));
    }

    /** A group's or a practice's thread; not found if the viewer may not read the group or see the practice. */
    public ThreadDetails thread(long threadId) {
        var user = CurrentUser.require();
        var readable = readable(threadId, user);
        return details(readable.thread(), readable.place(), user);
    }

    /**
     * The practice's discussion, empty while nobody has replied. Not found if the viewer may not see
     * the practice ({@link PracticeLibrary#get}).
     */
    public Optional<ThreadDetails> threadOfPractice(long practiceId) {
        var user = CurrentUser.require();
        var place = practicePlace(practiceId);
        return threads.findIdByPracticeId(practiceId)
                .flatMap(threads::findById)
                .filter(t -> policy.maySeeContent(user, leads(place), t.getAuthorId(), t.getModeration()))
                .map(t -> details(t, place, user));
    }

    /** Whether the viewer may read the group's threads (the group page shows its discussions only then). */
    public boolean mayReadThreadsOfGroup(long groupId) {
        var user = CurrentUser.require();
        return groups.find(groupId).filter(g -> policy.maySee(user, g)).isPresent();
    }

    /** Whether the viewer may reply in the practice's discussion; not found if they may not see the practice. */
    public boolean mayReplyToPractice(long practiceId) {
        return mayPost(CurrentUser.require(), practicePlace(practiceId));
    }

    /** @return the new thread's id */
    @Transactional
    public long startThread(long groupId, String title, String body) {
        var user = CurrentUser.require();
        var place = new GroupPlace(readableGroup(groupId, user));
        requireMayPost(user, place);
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
    @Transactional
    public long reply(long threadId, String body) {
        var user = CurrentUser.require();
        var readable = readable(threadId, user);
        requireMayPost(user, readable.place());
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
    @Transactional
    public long replyToPractice(long practiceId, String body) {
        var user = CurrentUser.require();
        var place = practicePlace(practiceId);
        requireMayPost(user, place);
        var text = validBody(body);
        threads.findIdByPracticeId(practiceId).flatMap(threads::findById).ifPresent(this::requireOpen);
        limits.check(user, me(user), null);
        var thread = threads.findById(practiceThreadId(place.practice(), user)).orElseThrow(NotFoundException::new);
        return reply(thread, place, user, text);
    }

    /** The author changes the title and first post. Editing notifies nobody, not even newly mentioned people. */
    @Transactional
    public void editThread(long threadId, String title, String body) {
        editThread(threadId, title, body, null);
    }

    /**
     * Changes the title and first post: its author (the reason is optional), or a moderator of someone else's
     * thread, who must give a reason ({@code thread.edit}). The previous text is kept in the post's history.
     */
    @Transactional
    public void editThread(long threadId, String title, String body, @Nullable String reason) {
        var user = CurrentUser.require();
        var readable = readable(threadId, user);
        var thread = readable.thread();
        if (readable.place() instanceof PracticePlace) {
            throw new UserFacingException("discussion.error.practice-thread");
        }
        var moderating = requireMayEdit(user, readable.leads(), thread.getAuthorId());
        var why = Moderation.reason(reason, moderating);
        var newTitle = validTitle(title);
        var newBody = validBody(body);
        var now = clock.instant();
        revisions.save(PostRevision.ofThread(thread, user.personId(), why, now));
        thread.edit(newTitle, newBody, now);
        if (moderating) {
            moderated(user, "thread", "edit", threadId, thread, thread.getAuthorId(), why);
        }
    }

    /** The author changes a reply. Editing notifies nobody, not even newly mentioned people. */
    @Transactional
    public void editReply(long replyId, String body) {
        editReply(replyId, body, null);
    }

    /** Changes a reply: its author, or a moderator with a reason ({@code reply.edit}); see {@link #editThread}. */
    @Transactional
    public void editReply(long replyId, String body, @Nullable String reason) {
        var user = CurrentUser.require();
        var readable = readableReply(replyId, user);
        var reply = readable.reply();
        var moderating = requireMayEdit(user, readable.thread().leads(), reply.getAuthorId());
        var why = Moderation.reason(reason, moderating);
        var newBody = validBody(body);
        var now = clock.instant();
        revisions.save(PostRevision.ofReply(reply, user.personId(), why, now));
        reply.edit(newBody, now);
        events.publishEvent(new ReplyEdited(reply.getThreadId(), replyId));
        if (moderating) {
            moderated(user, "reply", "edit", replyId, readable.thread().thread(), reply.getAuthorId(), why);
        }
    }

    /** Pinned threads come first in the group's lists. */
    @Transactional
    public void pinThread(long threadId) {
        pinOrLockThread(threadId, "pin", false, DiscussionThread::pin);
    }

    @Transactional
    public void unpinThread(long threadId) {
        pinOrLockThread(threadId, "unpin", false, DiscussionThread::unpin);
    }

    /** A locked thread takes no more replies. */
    @Transactional
    public void lockThread(long threadId) {
        pinOrLockThread(threadId, "lock", true, DiscussionThread::lock);
    }

    @Transactional
    public void unlockThread(long threadId) {
        pinOrLockThread(threadId, "unlock", true, DiscussionThread::unlock);
    }

    /** Hides a thread from everyone but its author, the group's moderators and admins; they see the reason. */
    @Transactional
    public void hideThread(long threadId, String reason) {
        var why = Objects.requireNonNull(Moderation.reason(reason, true));
        moderateThread(
                threadId,
                "hide",
                why,
                (thread, moderator) -> thread.getModeration().hide(moderator, why, clock.instant()));
    }

    @Transactional
    public void restoreThread(long threadId) {
        moderateThread(
                threadId,
                "restore",
                null,
                (thread, moderator) -> thread.getModeration().restore());
    }

    /** Soft-deletes a thread: only admins still see it (marked), and only they restore it. */
    @Transactional
    public void deleteThread(long threadId, @Nullable String reason) {
        var why = Moderation.reason(reason, false);
        moderateThread(
                threadId,
                "delete",
                why,
                (thread, moderator) -> thread.getModeration().delete(moderator, clock.instant()));
    }

    /** Only admins see deleted threads; for anyone else this one is "not found". */
    @Transactional
    public void undeleteThread(long threadId) {
        moderateThread(threadId, "undelete", null, (thread, moderator) -> {
            requireMayUndelete(CurrentUser.require());
            thread.getModeration().undelete();
        });
    }

    /**
     * Moves a group's thread, with its replies, to another group: admins anywhere, leads between groups they
     * both lead; not into an archived group.
     */
    @Transactional
    public void moveThread(long threadId, long targetGroupId, @Nullable String reason) {
        var user = CurrentUser.require();
        var why = Moderation.reason(reason, false);
        var readable = moderatedThread(threadId, user);
        var target = readableGroup(targetGroupId, user);
        if (!policy.mayMove(user, readable.leads(), target.iLead())) {
            throw new AccessDeniedException("May not move thread " + threadId + " to group " + targetGroupId);
        }
        if (target.archived()) {
            throw new UserFacingException("discussion.error.archived");
        }
        var thread = readable.thread();
        thread.moveTo(targetGroupId);
        moderated(user, "thread", "move", threadId, thread, thread.getAuthorId(), why);
    }

    /** The groups the viewer may move the thread to; empty if they may not move it. */
    public List<GroupListItem> moveTargets(long threadId) {
        var user = CurrentUser.require();
        var readable = readable(threadId, user);
        var thread = readable.thread();
        if (!(readable.place() instanceof GroupPlace(var source))
                || !policy.mayModerate(user, readable.leads(), thread.getAuthorId())) {
            return List.of();
        }
        return groups.list().stream()
                .filter(g -> g.id() != source.id() && !g.archived() && policy.mayMove(user, source.iLead(), g.iLead()))
                .toList();
    }

    /** Hides a reply from everyone but its author, the place's moderators and admins; they see the reason. */
    @Transactional
    public void hideReply(long replyId, String reason) {
        var why = Objects.requireNonNull(Moderation.reason(reason, true));
        moderateReply(
                replyId,
                "hide",
                why,
                (reply, moderator) -> reply.getModeration().hide(moderator, why, clock.instant()));
    }

    @Transactional
    public void restoreReply(long replyId) {
        moderateReply(
                replyId,
                "restore",
                null,
                (reply, moderator) -> reply.getModeration().restore());
    }

    /** Soft-deletes a reply: only admins still see it (marked), and only they restore it. */
    @Transactional
    public void deleteReply(long replyId, @Nullable String reason) {
        var why = Moderation.reason(reason, false);
        moderateReply(
                replyId,
                "delete",
                why,
                (reply, moderator) -> reply.getModeration().delete(moderator, clock.instant()));
    }

    /** Only admins see deleted replies; for anyone else this one is "not found". */
    @Transactional
    public void undeleteReply(long replyId) {
        moderateReply(replyId, "undelete", null, (reply, moderator) -> {
            requireMayUndelete(CurrentUser.require());
            reply.getModeration().undelete();
        });
    }

    /** Earlier texts of a thread's first post, newest first: for its author and the group's moderators. */
    public List<PostRevisionItem> threadHistory(long threadId) {
        var user = CurrentUser.require();
        var readable = readable(threadId, user);
        requireMaySeeHistory(user, readable.leads(), readable.thread().getAuthorId());
        return revisionItems(revisions.findByThreadIdOrderByEditedAtDescIdDesc(threadId));
    }

    /** Earlier texts of a reply, newest first: for its author and the place's moderators. */
    public List<PostRevisionItem> replyHistory(long replyId) {
        var user = CurrentUser.require();
        var readable = readableReply(replyId, user);
        requireMaySeeHistory(user, readable.thread().leads(), readable.reply().getAuthorId());
        return revisionItems(revisions.findByReplyIdOrderByEditedAtDescIdDesc(replyId));
    }

    /** Sanitised HTML of a post being written, rendered exactly as it will be once posted. */
    public String preview(String body) {
        var text = body.length() > DiscussionThread.BODY_MAX ? body.substring(0, DiscussionThread.BODY_MAX) : body;
        return html(text, members.summaries(markdown.mentions(text)));
    }

    /**
     * People to offer for a mention in the thread, by name: the active members of its group, or of the
     * groups its practice is shared in (also for a whole-network practice, whose audience is everyone;
     * a mention typed by hand of anyone else who can read it still notifies them).
     */
    public List<PersonSummary> mentionable(long threadId) {
        var user = CurrentUser.require();
        return mentionable(readable(threadId, user).place());
    }

    /** {@link #mentionable(long)} for a practice's discussion, which may not have a thread yet. */
    public List<PersonSummary> mentionableOnPractice(long practiceId) {
        return mentionable(practicePlace(practiceId));
    }

    private ThreadDetails details(DiscussionThread thread, Place place, PraxisUser user) {
        var threadId = Objects.requireNonNull(thread.getId());
        var leads = leads(place);
        var posts = replies.findByThreadIdOrderByCreatedAtAscIdAsc(threadId).stream()
                .filter(r -> policy.maySeeContent(user, leads, r.getAuthorId(), r.getModeration()))
                .toList();
        var personIds = new HashSet<Long>();
        personIds.add(thread.getAuthorId());
        personIds.addAll(markdown.mentions(thread.getBodyMarkdown()));
        for (var reply : posts) {
            personIds.add(reply.getAuthorId());
            personIds.addAll(markdown.mentions(reply.getBodyMarkdown()));
        }
        var people = members.summaries(personIds);
        var ofGroup = place instanceof GroupPlace;
        var opening = post(
                threadId,
                thread.getAuthorId(),
                thread.getCreatedAt(),
                thread.getEditedAt(),
                thread.getBodyMarkdown(),
                thread.getModeration(),
                people,
                user,
                leads,
                ofGroup);
        var replyPosts = posts.stream()
                .map(r -> post(
                        Objects.requireNonNull(r.getId()),
                        r.getAuthorId(),
                        r.getCreatedAt(),
                        r.getEditedAt(),
                        r.getBodyMarkdown(),
                        r.getModeration(),
                        people,
                        user,
                        leads,
                        true))
                .toList();
        var mayPinAndLock = ofGroup && policy.mayPinAndLock(user, leads);
        var mayModerate = ofGroup && policy.mayModerate(user, leads, thread.getAuthorId());
        var mayMove = mayModerate && policy.mayMove(user, leads, leads);
        var mayReply = switch (place) {
            case GroupPlace(var group) -> policy.mayReply(user, group, thread);
            case PracticePlace(var practice, var sharing) -> policy.mayReply(user, practice, activeIn(sharing), thread);
        };
        return switch (place) {
            case GroupPlace(var group) ->
                new ThreadDetails(
                        threadId,
                        group.id(),
                        group.slug(),
                        null,
                        null,
                        group.name(),
                        thread.getTitle(),
                        opening,
                        replyPosts,
                        thread.isPinned(),
                        thread.isLocked(),
                        mayReply,
                        mayPinAndLock,
                        mayModerate,
                        mayMove);
            case PracticePlace(var practice, var sharing) ->
                new ThreadDetails(
                        threadId,
                        null,
                        null,
                        practice.id(),
                        practice.slug(),
                        practice.title(),
                        practice.title(),
                        opening,
                        replyPosts,
                        thread.isPinned(),
                        thread.isLocked(),
                        mayReply,
                        mayPinAndLock,
                        mayModerate,
                        mayMove);
        };
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

    /** A thread the viewer may see: in a place they may read, and hidden or deleted only for those who see that. */
    private Readable readable(long threadId, PraxisUser user) {
        var thread = threads.findById(threadId).orElseThrow(NotFoundException::new);
        var place = place(thread, user);
        var leads = leads(place);
        if (!policy.maySeeContent(user, leads, thread.getAuthorId(), thread.getModeration())) {
            throw new NotFoundException();
        }
        return new Readable(thread, place, leads);
    }

    private record ReadableReply(Reply reply, Readable thread) {}

    private ReadableReply readableReply(long replyId, PraxisUser user) {
        var reply = replies.findById(replyId).orElseThrow(NotFoundException::new);
        var thread = readable(reply.getThreadId(), user);
        if (!policy.maySeeContent(user, thread.leads(), reply.getAuthorId(), reply.getModeration())) {
            throw new NotFoundException();
        }
        return new ReadableReply(reply, thread);
    }

    /** Whether the viewer leads the thread's place: its group, or a group its practice is shared in. */
    private static boolean leads(Place place) {
        return switch (place) {
            case GroupPlace(var group) -> group.iLead();
            case PracticePlace(var practice, var sharing) -> sharing.stream().anyMatch(GroupListItem::iLead);
        };
    }

    /** A group's thread that the viewer may moderate. */
    private Readable moderatedThread(long threadId, PraxisUser user) {
        var readable = groupThread(threadId, user);
        requireMayModerate(user, readable.leads(), readable.thread().getAuthorId());
        return readable;
    }

    private Readable groupThread(long threadId, PraxisUser user) {
        var readable = readable(threadId, user);
        if (readable.place() instanceof PracticePlace) {
            throw new UserFacingException("discussion.error.practice-thread");
        }
        return readable;
    }

    /**
     * Pins or locks (or undoes it), also the moderator's own thread.
     *
     * @param tellAuthor whether the author hears of it: a lock stops their discussion, a pin takes nothing from
     *        them and is not worth a mail
     */
    private void pinOrLockThread(long threadId, String verb, boolean tellAuthor, Consumer<DiscussionThread> change) {
        var user = CurrentUser.require();
        var readable = groupThread(threadId, user);
        if (!policy.mayPinAndLock(user, readable.leads())) {
            throw new AccessDeniedException("Not a moderator of this discussion");
        }
        var thread = readable.thread();
        change.accept(thread);
        if (tellAuthor) {
            moderated(user, "thread", verb, threadId, thread, thread.getAuthorId(), null);
        } else {
            audited(user, "thread." + verb, "thread", threadId, thread, null);
        }
    }

    /** @param verb the action on the thread, e.g. {@code pin} for {@code thread.pin} */
    private void moderateThread(
            long threadId, String verb, @Nullable String reason, BiConsumer<DiscussionThread, Long> change) {
        var user = CurrentUser.require();
        var thread = moderatedThread(threadId, user).thread();
        change.accept(thread, user.personId());
        moderated(user, "thread", verb, threadId, thread, thread.getAuthorId(), reason);
    }

    /** Also keeps the thread's reply count to the replies everyone sees. */
    private void moderateReply(long replyId, String verb, @Nullable String reason, BiConsumer<Reply, Long> change) {
        var user = CurrentUser.require();
        var readable = readableReply(replyId, user);
        var reply = readable.reply();
        var thread = readable.thread().thread();
        requireMayModerate(user, readable.thread().leads(), reply.getAuthorId());
        var wasPublic = reply.getModeration().isPublic();
        change.accept(reply, user.personId());
        if (reply.getModeration().isPublic() != wasPublic) {
            threads.changeReplyCount(reply.getThreadId(), wasPublic ? -1 : 1);
        }
        moderated(user, "reply", verb, replyId, thread, reply.getAuthorId(), reason);
    }

    /** Publishes the action {@code <targetType>.<verb>} (e.g. {@code reply.hide}) for the audit log and the author. */
    private void moderated(
            PraxisUser user,
            String targetType,
            String verb,
            long targetId,
            DiscussionThread thread,
            long authorId,
            @Nullable String reason) {
        var action = targetType + "." + verb;
        audited(user, action, targetType, targetId, thread, reason);
        events.publishEvent(new ContentModerated(
                action,
                targetType,
                targetId,
                Objects.requireNonNull(thread.getId()),
                thread.getGroupId(),
                thread.getPracticeId(),
                authorId,
                user.personId(),
                reason));
    }

    private void audited(
            PraxisUser user,
            String action,
            String targetType,
            long targetId,
            DiscussionThread thread,
            @Nullable String reason) {
        events.publishEvent(new AuditedAction(
                user.personId(), action, targetType, targetId, thread.getGroupId(), reason, clock.instant()));
    }

    /** Moderators of the place act on content of others; on their own they are its author. */
    private void requireMayModerate(PraxisUser user, boolean leads, long authorId) {
        if (policy.mayModerate(user, leads, authorId)) {
            return;
        }
        if (policy.moderates(user, leads)) {
            throw new UserFacingException("discussion.error.own-content");
        }
        throw new AccessDeniedException("Not a moderator of this discussion");
    }

    private void requireMayUndelete(PraxisUser user) {
        if (!policy.mayUndelete(user)) {
            throw new AccessDeniedException("Only the secretariat restores deleted content");
        }
    }

    private void requireMaySeeHistory(PraxisUser user, boolean leads, long authorId) {
        if (!policy.mayEdit(user, authorId) && !policy.moderates(user, leads)) {
            throw new AccessDeniedException("Not the author nor a moderator of this post");
        }
    }

    /** Replies go only to a thread that is neither locked, nor hidden or deleted. */
    private void requireOpen(DiscussionThread thread) {
        if (thread.isLocked()) {
            throw new UserFacingException("discussion.error.locked");
        }
        if (!thread.getModeration().isPublic()) {
            throw new UserFacingException("discussion.error.hidden-thread");
        }
    }

    private @Nullable PersonSummary me(PraxisUser user) {
        return members.summaries(List.of(user.personId())).get(user.personId());
    }

    private List<PostRevisionItem> revisionItems(List<PostRevision> list) {
        var people =
                members.summaries(list.stream().map(PostRevision::getEditorId).collect(Collectors.toSet()));
        return list.stream()
                .map(r -> new PostRevisionItem(
                        r.getEditedAt(),
                        r.getEditorId(),
                        nameOf(people.get(r.getEditorId())),
                        r.getReason(),
                        r.getTitle(),
                        r.getBodyMarkdown()))
                .toList();
    }

    /** Where the thread belongs, if the viewer may read it there. */
    private Place place(DiscussionThread thread, PraxisUser user) {
        var groupId = thread.getGroupId();
        if (groupId != null) {
            return new GroupPlace(readableGroup(groupId, user));
        }
        return practicePlace(Objects.requireNonNull(thread.getPracticeId()));
    }

    /** The practice if the viewer may see it, with those of its groups the viewer may see. */
    private PracticePlace practicePlace(long practiceId) {
        var practice = practices.get(practiceId);
        var sharing = practice.groups().keySet().stream()
                .map(groups::find)
                .flatMap(Optional::stream)
                .toList();
        return new PracticePlace(practice, sharing);
    }

    private GroupListItem readableGroup(long groupId, PraxisUser user) {
        return groups.find(groupId).filter(g -> policy.maySee(user, g)).orElseThrow(NotFoundException::new);
    }

    private boolean mayPost(PraxisUser user, Place place) {
        return switch (place) {
            case GroupPlace(var group) -> policy.mayPost(user, group);
            case PracticePlace(var practice, var sharing) -> policy.mayPost(user, practice, activeIn(sharing));
        };
    }

    private static boolean activeIn(List<GroupListItem> groups) {
        return groups.stream().anyMatch(GroupListItem::iAmMember);
    }

    private void requireMayPost(PraxisUser user, Place place) {
        if (!mayPost(user, place)) {
            throw new UserFacingException(
                    switch (place) {
                        case GroupPlace(var group) ->
                            group.archived() ? "discussion.error.archived" : "discussion.error.may-not-post";
                        case PracticePlace(var practice, var sharing) ->
                            practice.status() == PracticeStatus.PUBLISHED
                                    ? "discussion.error.may-not-post-practice"
                                    : "discussion.error.practice-draft";
                    });
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
        var sharing = switch (place) {
            case GroupPlace(var group) -> List.of(group);
            case PracticePlace(var practice, var groupsOfPractice) -> groupsOfPractice;
        };
        var activeMembers =
                sharing.stream().collect(Collectors.toMap(GroupListItem::id, g -> groupAccess.activeMemberIds(g.id())));
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
                case PracticePlace(var practice, var groupsOfPractice) ->
                    policy.maySeePractice(person, practice, readsAGroup);
            };
            if (reads) {
                readers.add(id);
            }
        }
        return List.copyOf(readers);
    }

    private List<PersonSummary> mentionable(Place place) {
        var ids = switch (place) {
            case GroupPlace(var group) -> groupAccess.activeMemberIds(group.id());
            case PracticePlace(var practice, var sharing) ->
                sharing.stream()
                        .flatMap(g -> groupAccess.activeMemberIds(g.id()).stream())
                        .collect(Collectors.toSet());
        };
        return members.summaries(ids).values().stream()
                .filter(p -> p.status() == PersonStatus.ACTIVE)
                .sorted(Comparator.comparing(PersonSummary::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    private Slice<ThreadListItem> toListItems(Slice<DiscussionThread> slice) {
        return new SliceImpl<>(toListItems(slice.getContent()), slice.getPageable(), slice.hasNext());
    }

    private List<ThreadListItem> toListItems(List<DiscussionThread> list) {
        var people = members.summaries(
                list.stream().map(DiscussionThread::getAuthorId).toList());
        return list.stream()
                .map(t -> new ThreadListItem(
                        Objects.requireNonNull(t.getId()),
                        Objects.requireNonNull(t.getGroupId()),
                        t.getTitle(),
                        t.getAuthorId(),
                        nameOf(people.get(t.getAuthorId())),
                        t.getCreatedAt(),
                        t.getLastActivityAt(),
                        t.getReplyCount(),
                        t.isPinned(),
                        t.isLocked(),
                        t.getModeration().isHidden(),
                        t.getModeration().isDeleted()))
                .toList();
    }

    /** @param editable whether the post is shown at all (a practice's thread has no first post to act on) */
    private Post post(
            long id,
            long authorId,
            Instant createdAt,
            @Nullable Instant editedAt,
            String body,
            Moderation moderation,
            Map<Long, PersonSummary> people,
            PraxisUser viewer,
            boolean leads,
            boolean editable) {
        var author = people.get(authorId);
        return new Post(
                id,
                authorId,
                nameOf(author),
                author == null ? "" : author.organisationName(),
                createdAt,
                editedAt != null,
                body,
                html(body, people),
                editable && policy.mayEdit(viewer, authorId),
                moderation.isHidden(),
                moderation.getHiddenReason(),
                moderation.isDeleted(),
                editable && policy.mayModerate(viewer, leads, authorId),
                editable && moderation.isDeleted() && policy.mayUndelete(viewer));
    }

    private String html(String body, Map<Long, PersonSummary> people) {
        return markdown.toHtml(body, personId -> {
            var person = people.get(personId);
            return person == null ? null : person.name();
        });
    }

    private static String nameOf(@Nullable PersonSummary person) {
        return person == null ? "?" : person.name();
    }

    private static String validTitle(String title) {
        var trimmed = title.strip();
        if (trimmed.isEmpty() || trimmed.length() > DiscussionThread.TITLE_MAX) {
            throw new UserFacingException("discussion.error.title", DiscussionThread.TITLE_MAX);
        }
        return trimmed;
    }

    private static String validBody(String body) {
        var trimmed = body.strip();
        if (trimmed.isEmpty() || trimmed.length() > DiscussionThread.BODY_MAX) {
            throw new UserFacingException("discussion.error.body", DiscussionThread.BODY_MAX);
        }
        return trimmed;
    }
}
