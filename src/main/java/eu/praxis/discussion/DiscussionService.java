package eu.praxis.discussion;

import eu.praxis.base.NotFoundException;
import eu.praxis.base.UserFacingException;
import eu.praxis.group.GroupListItem;
import eu.praxis.group.GroupService;
import eu.praxis.member.MemberService;
import eu.praxis.member.PersonSummary;
import eu.praxis.security.CurrentUser;
import eu.praxis.security.PraxisUser;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Threads and replies of working groups. Every rule is asked of {@link DiscussionPolicy}. A thread
 * or group the viewer may not read is answered with {@link NotFoundException}, exactly like one that
 * does not exist; a refused action on a readable thread with a {@link UserFacingException}.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class DiscussionService {

    private final DiscussionThreadRepository threads;
    private final ReplyRepository replies;
    private final GroupService groups;
    private final MemberService members;
    private final DiscussionPolicy policy;
    private final MarkdownRenderer markdown;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DiscussionService(DiscussionThreadRepository threads, ReplyRepository replies, GroupService groups,
            MemberService members, DiscussionPolicy policy, MarkdownRenderer markdown, ApplicationEventPublisher events,
            Clock clock) {
        this.threads = threads;
        this.replies = replies;
        this.groups = groups;
        this.members = members;
        this.policy = policy;
        this.markdown = markdown;
        this.events = events;
        this.clock = clock;
    }

    /** The group's threads, most recent activity first. */
    public Slice<ThreadListItem> threadsOfGroup(long groupId, Pageable page) {
        readableGroup(groupId, CurrentUser.require());
        return toListItems(threads.findListed(groupId, page));
    }

    /**
     * The group's threads with the most recent activity, for the group page. Empty (rather than an
     * error) when the viewer may not read them, as the group page is also shown to non-members.
     */
    public List<ThreadListItem> newestThreadsOfGroup(long groupId, int limit) {
        var user = CurrentUser.require();
        var group = groups.find(groupId).filter(g -> policy.maySee(user, g));
        if (group.isEmpty()) {
            return List.of();
        }
        return toListItems(threads.findListed(groupId, Limit.of(limit)));
    }

    public ThreadDetails thread(long threadId) {
        var user = CurrentUser.require();
        var thread = listedThread(threadId);
        var group = readableGroup(groupIdOf(thread), user);
        var posts = replies.findByThreadIdOrderByCreatedAtAscIdAsc(threadId);
        var personIds = new HashSet<Long>();
        personIds.add(thread.getAuthorId());
        personIds.addAll(markdown.mentions(thread.getBodyMarkdown()));
        for (var reply : posts) {
            personIds.add(reply.getAuthorId());
            personIds.addAll(markdown.mentions(reply.getBodyMarkdown()));
        }
        var people = members.summaries(personIds);
        var opening = post(Objects.requireNonNull(thread.getId()), thread.getAuthorId(), thread.getCreatedAt(),
                thread.getEditedAt(), thread.getBodyMarkdown(), people, user);
        var replyPosts = posts.stream().map(r -> post(Objects.requireNonNull(r.getId()), r.getAuthorId(),
                r.getCreatedAt(), r.getEditedAt(), r.getBodyMarkdown(), people, user)).toList();
        return new ThreadDetails(threadId, group.id(), group.slug(), group.name(), thread.getTitle(), opening,
                replyPosts, thread.isPinned(), thread.isLocked(), policy.mayReply(user, group, thread));
    }

    /** @return the new thread's id */
    @Transactional
    public long startThread(long groupId, String title, String body) {
        var user = CurrentUser.require();
        var group = readableGroup(groupId, user);
        requireMayPost(user, group);
        var thread = threads.save(new DiscussionThread(groupId, user.personId(), validTitle(title), validBody(body),
                clock.instant()));
        var threadId = Objects.requireNonNull(thread.getId());
        events.publishEvent(new ThreadStarted(threadId, groupId, user.personId(),
                readersAmong(markdown.mentions(thread.getBodyMarkdown()), group, user)));
        return threadId;
    }

    /** @return the new reply's id */
    @Transactional
    public long reply(long threadId, String body) {
        var user = CurrentUser.require();
        var thread = listedThread(threadId);
        var group = readableGroup(groupIdOf(thread), user);
        requireMayPost(user, group);
        if (!policy.mayReply(user, group, thread)) {
            throw new UserFacingException("discussion.error.locked");
        }
        var now = clock.instant();
        var reply = replies.save(new Reply(threadId, user.personId(), validBody(body), now));
        threads.countReply(threadId, now);
        var replyId = Objects.requireNonNull(reply.getId());
        events.publishEvent(new ReplyPosted(threadId, replyId, group.id(), user.personId(),
                readersAmong(markdown.mentions(reply.getBodyMarkdown()), group, user)));
        return replyId;
    }

    /** The author changes the title and first post. Editing notifies nobody, not even newly mentioned people. */
    @Transactional
    public void editThread(long threadId, String title, String body) {
        var user = CurrentUser.require();
        var thread = listedThread(threadId);
        readableGroup(groupIdOf(thread), user);
        requireMayEdit(user, thread.getAuthorId());
        thread.edit(validTitle(title), validBody(body), clock.instant());
    }

    /** The author changes a reply. Editing notifies nobody, not even newly mentioned people. */
    @Transactional
    public void editReply(long replyId, String body) {
        var user = CurrentUser.require();
        var reply = replies.findById(replyId).orElseThrow(NotFoundException::new);
        readableGroup(groupIdOf(listedThread(reply.getThreadId())), user);
        requireMayEdit(user, reply.getAuthorId());
        reply.edit(validBody(body), clock.instant());
    }

    /** Hidden threads are for their author, leads and admins, which comes with moderation; until then nobody's. */
    private DiscussionThread listedThread(long threadId) {
        return threads.findById(threadId).filter(t -> !t.isHidden()).orElseThrow(NotFoundException::new);
    }

    /** Practices' threads get their own visibility rules when practices have discussions. */
    private static long groupIdOf(DiscussionThread thread) {
        var groupId = thread.getGroupId();
        if (groupId == null) {
            throw new NotFoundException();
        }
        return groupId;
    }

    private GroupListItem readableGroup(long groupId, PraxisUser user) {
        return groups.find(groupId).filter(g -> policy.maySee(user, g)).orElseThrow(NotFoundException::new);
    }

    private void requireMayPost(PraxisUser user, GroupListItem group) {
        if (!policy.mayPost(user, group)) {
            throw new UserFacingException(group.archived() ? "discussion.error.archived"
                    : "discussion.error.may-not-post");
        }
    }

    private void requireMayEdit(PraxisUser user, long authorId) {
        if (!policy.mayEdit(user, authorId)) {
            throw new UserFacingException("discussion.error.not-author");
        }
    }

    /** The mentioned people who can read the group's threads, without the author; the others are ignored. */
    private List<Long> readersAmong(Collection<Long> mentioned, GroupListItem group, PraxisUser author) {
        var candidates = mentioned.stream().filter(id -> id != author.personId()).toList();
        if (candidates.isEmpty()) {
            return List.of();
        }
        var people = members.summaries(candidates);
        var activeMembers = groups.activeMemberIds(group.id());
        var readers = new ArrayList<Long>();
        for (var id : candidates) {
            var person = people.get(id);
            if (person != null && policy.maySee(person, activeMembers.contains(id), group)) {
                readers.add(id);
            }
        }
        return List.copyOf(readers);
    }

    private Slice<ThreadListItem> toListItems(Slice<DiscussionThread> slice) {
        return new SliceImpl<>(toListItems(slice.getContent()), slice.getPageable(), slice.hasNext());
    }

    private List<ThreadListItem> toListItems(List<DiscussionThread> list) {
        var people = members.summaries(list.stream().map(DiscussionThread::getAuthorId).toList());
        return list.stream().map(t -> new ThreadListItem(Objects.requireNonNull(t.getId()), groupIdOf(t),
                t.getTitle(), t.getAuthorId(), nameOf(people.get(t.getAuthorId())), t.getCreatedAt(),
                t.getLastActivityAt(), t.getReplyCount(), t.isPinned(), t.isLocked())).toList();
    }

    private Post post(long id, long authorId, Instant createdAt, @Nullable Instant editedAt,
            String body, Map<Long, PersonSummary> people, PraxisUser viewer) {
        var author = people.get(authorId);
        var html = markdown.toHtml(body, personId -> {
            var person = people.get(personId);
            return person == null ? null : person.name();
        });
        return new Post(id, authorId, nameOf(author), author == null ? "" : author.organisationName(), createdAt,
                editedAt != null, body, html, policy.mayEdit(viewer, authorId));
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
