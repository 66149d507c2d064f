package eu.praxis.discussion;

import eu.praxis.base.NotFoundException;
import eu.praxis.base.UserFacingException;
import eu.praxis.group.GroupListItem;
import eu.praxis.group.GroupService;
import eu.praxis.member.MemberService;
import eu.praxis.member.PersonStatus;
import eu.praxis.member.PersonSummary;
import eu.praxis.practice.PracticeDetails;
import eu.praxis.practice.PracticeService;
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
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
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
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class DiscussionService {

    private final DiscussionThreadRepository threads;
    private final ReplyRepository replies;
    private final GroupService groups;
    private final PracticeService practices;
    private final MemberService members;
    private final DiscussionPolicy policy;
    private final MarkdownRenderer markdown;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate newTransaction;

    DiscussionService(DiscussionThreadRepository threads, ReplyRepository replies, GroupService groups,
            PracticeService practices, MemberService members, DiscussionPolicy policy, MarkdownRenderer markdown,
            ApplicationEventPublisher events, Clock clock, PlatformTransactionManager transactions) {
        this.threads = threads;
        this.replies = replies;
        this.groups = groups;
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
    private sealed interface Place permits GroupPlace, PracticePlace {
    }

    private record GroupPlace(GroupListItem group) implements Place {
    }

    /** @param sharing the groups the practice is shared in that the viewer may see, with the viewer's membership */
    private record PracticePlace(PracticeDetails practice, List<GroupListItem> sharing) implements Place {
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
        return groupThreads(groupId, limit).map(GroupThreads::newest).orElse(List.of());
    }

    /**
     * What a group's page shows of its discussions, with one look-up of the group: empty if the
     * viewer may not read them.
     */
    public Optional<GroupThreads> groupThreads(long groupId, int limit) {
        var user = CurrentUser.require();
        return groups.find(groupId).filter(g -> policy.maySee(user, g)).map(g -> new GroupThreads(g.slug(),
                policy.mayPost(user, g), toListItems(threads.findListed(groupId, Limit.of(limit)))));
    }

    /** A group's or a practice's thread; not found if the viewer may not read the group or see the practice. */
    public ThreadDetails thread(long threadId) {
        var user = CurrentUser.require();
        var thread = listedThread(threadId);
        return details(thread, place(thread, user), user);
    }

    /**
     * The practice's discussion, empty while nobody has replied. Not found if the viewer may not see
     * the practice ({@link PracticeService#get}).
     */
    public Optional<ThreadDetails> threadOfPractice(long practiceId) {
        var user = CurrentUser.require();
        var place = practicePlace(practiceId);
        return threads.findIdByPracticeId(practiceId).flatMap(threads::findById).filter(t -> !t.isHidden())
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
        var thread = threads.save(new DiscussionThread(groupId, user.personId(), validTitle(title), validBody(body),
                clock.instant()));
        var threadId = Objects.requireNonNull(thread.getId());
        events.publishEvent(new ThreadStarted(threadId, groupId, user.personId(),
                readersAmong(markdown.mentions(thread.getBodyMarkdown()), place, user)));
        return threadId;
    }

    /** @return the new reply's id */
    @Transactional
    public long reply(long threadId, String body) {
        var user = CurrentUser.require();
        var thread = listedThread(threadId);
        var place = place(thread, user);
        requireMayPost(user, place);
        return reply(thread, place, user, validBody(body));
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
        var thread = listedThread(practiceThreadId(place.practice(), user));
        return reply(thread, place, user, text);
    }

    /** The author changes the title and first post. Editing notifies nobody, not even newly mentioned people. */
    @Transactional
    public void editThread(long threadId, String title, String body) {
        var user = CurrentUser.require();
        var thread = listedThread(threadId);
        if (place(thread, user) instanceof PracticePlace) {
            throw new UserFacingException("discussion.error.practice-thread");
        }
        requireMayEdit(user, thread.getAuthorId());
        thread.edit(validTitle(title), validBody(body), clock.instant());
    }

    /** The author changes a reply. Editing notifies nobody, not even newly mentioned people. */
    @Transactional
    public void editReply(long replyId, String body) {
        var user = CurrentUser.require();
        var reply = replies.findById(replyId).orElseThrow(NotFoundException::new);
        place(listedThread(reply.getThreadId()), user);
        requireMayEdit(user, reply.getAuthorId());
        reply.edit(validBody(body), clock.instant());
        events.publishEvent(new ReplyEdited(reply.getThreadId(), replyId));
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
        return mentionable(place(listedThread(threadId), user));
    }

    /** {@link #mentionable(long)} for a practice's discussion, which may not have a thread yet. */
    public List<PersonSummary> mentionableOnPractice(long practiceId) {
        return mentionable(practicePlace(practiceId));
    }

    private ThreadDetails details(DiscussionThread thread, Place place, PraxisUser user) {
        var threadId = Objects.requireNonNull(thread.getId());
        var posts = replies.findByThreadIdOrderByCreatedAtAscIdAsc(threadId);
        var personIds = new HashSet<Long>();
        personIds.add(thread.getAuthorId());
        personIds.addAll(markdown.mentions(thread.getBodyMarkdown()));
        for (var reply : posts) {
            personIds.add(reply.getAuthorId());
            personIds.addAll(markdown.mentions(reply.getBodyMarkdown()));
        }
        var people = members.summaries(personIds);
        var opening = post(threadId, thread.getAuthorId(), thread.getCreatedAt(), thread.getEditedAt(),
                thread.getBodyMarkdown(), people, user, place instanceof GroupPlace);
        var replyPosts = posts.stream().map(r -> post(Objects.requireNonNull(r.getId()), r.getAuthorId(),
                r.getCreatedAt(), r.getEditedAt(), r.getBodyMarkdown(), people, user, true)).toList();
        var mayReply = switch (place) {
            case GroupPlace(var group) -> policy.mayReply(user, group, thread);
            case PracticePlace(var practice, var sharing) -> policy.mayReply(user, practice, activeIn(sharing), thread);
        };
        return switch (place) {
            case GroupPlace(var group) -> new ThreadDetails(threadId, group.id(), group.slug(), null, null,
                    group.name(), thread.getTitle(), opening, replyPosts, thread.isPinned(), thread.isLocked(),
                    mayReply);
            case PracticePlace(var practice, var sharing) -> new ThreadDetails(threadId, null, null, practice.id(),
                    practice.slug(), practice.title(), practice.title(), opening, replyPosts, thread.isPinned(),
                    thread.isLocked(), mayReply);
        };
    }

    private long reply(DiscussionThread thread, Place place, PraxisUser user, String body) {
        if (thread.isLocked()) {
            throw new UserFacingException("discussion.error.locked");
        }
        var threadId = Objects.requireNonNull(thread.getId());
        var now = clock.instant();
        var reply = replies.save(new Reply(threadId, user.personId(), body, now));
        threads.countReply(threadId, now);
        var replyId = Objects.requireNonNull(reply.getId());
        var mentioned = readersAmong(markdown.mentions(reply.getBodyMarkdown()), place, user);
        events.publishEvent(switch (place) {
            case GroupPlace(var group) -> new ReplyPosted(threadId, replyId, group.id(), null, user.personId(),
                    mentioned);
            case PracticePlace(var practice, var sharing) -> new ReplyPosted(threadId, replyId, null, practice.id(),
                    user.personId(), mentioned);
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
                return Objects.requireNonNull(newTransaction.execute(status -> threads.saveAndFlush(
                        DiscussionThread.ofPractice(practice.id(), user.personId(), practice.title(), clock.instant()))
                        .getId()));
            } catch (DataIntegrityViolationException e) {
                return threads.findIdByPracticeId(practice.id()).orElseThrow(() -> e);
            }
        });
    }

    /** Hidden threads are for their author, leads and admins, which comes with moderation; until then nobody's. */
    private DiscussionThread listedThread(long threadId) {
        return threads.findById(threadId).filter(t -> !t.isHidden()).orElseThrow(NotFoundException::new);
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
        var sharing = practice.groups().keySet().stream().map(groups::find).flatMap(Optional::stream).toList();
        return new PracticePlace(practice, sharing);
    }

    private GroupListItem readableGroup(long groupId, PraxisUser user) {
        return groups.find(groupId).filter(g -> policy.maySee(user, g)).orElseThrow(NotFoundException::new);
    }

    private boolean mayPost(PraxisUser user, Place place) {
        return switch (place) {
            case GroupPlace(var group) -> policy.mayPost(user, group);
            case PracticePlace(var practice, var sharing) ->
                    policy.mayPost(user, practice, activeIn(sharing));
        };
    }

    private static boolean activeIn(List<GroupListItem> groups) {
        return groups.stream().anyMatch(GroupListItem::iAmMember);
    }

    private void requireMayPost(PraxisUser user, Place place) {
        if (!mayPost(user, place)) {
            throw new UserFacingException(switch (place) {
                case GroupPlace(var group) -> group.archived() ? "discussion.error.archived"
                        : "discussion.error.may-not-post";
                case PracticePlace(var practice, var sharing) -> practice.status() == PracticeStatus.PUBLISHED
                        ? "discussion.error.may-not-post-practice" : "discussion.error.practice-draft";
            });
        }
    }

    private void requireMayEdit(PraxisUser user, long authorId) {
        if (!policy.mayEdit(user, authorId)) {
            throw new UserFacingException("discussion.error.not-author");
        }
    }

    /** The mentioned people who can read the thread, without the author; the others are ignored. */
    private List<Long> readersAmong(Collection<Long> mentioned, Place place, PraxisUser author) {
        var candidates = mentioned.stream().filter(id -> id != author.personId()).toList();
        if (candidates.isEmpty()) {
            return List.of();
        }
        var people = members.summaries(candidates);
        var sharing = switch (place) {
            case GroupPlace(var group) -> List.of(group);
            case PracticePlace(var practice, var groupsOfPractice) -> groupsOfPractice;
        };
        var activeMembers = sharing.stream().collect(Collectors.toMap(GroupListItem::id,
                g -> groups.activeMemberIds(g.id())));
        var readers = new ArrayList<Long>();
        for (var id : candidates) {
            var person = people.get(id);
            if (person == null) {
                continue;
            }
            var readsAGroup = sharing.stream()
                    .anyMatch(g -> policy.maySee(person, activeMembers.get(g.id()).contains(id), g));
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
            case GroupPlace(var group) -> groups.activeMemberIds(group.id());
            case PracticePlace(var practice, var sharing) -> sharing.stream()
                    .flatMap(g -> groups.activeMemberIds(g.id()).stream()).collect(Collectors.toSet());
        };
        return members.summaries(ids).values().stream().filter(p -> p.status() == PersonStatus.ACTIVE)
                .sorted(Comparator.comparing(PersonSummary::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    private Slice<ThreadListItem> toListItems(Slice<DiscussionThread> slice) {
        return new SliceImpl<>(toListItems(slice.getContent()), slice.getPageable(), slice.hasNext());
    }

    private List<ThreadListItem> toListItems(List<DiscussionThread> list) {
        var people = members.summaries(list.stream().map(DiscussionThread::getAuthorId).toList());
        return list.stream().map(t -> new ThreadListItem(Objects.requireNonNull(t.getId()),
                Objects.requireNonNull(t.getGroupId()),
                t.getTitle(), t.getAuthorId(), nameOf(people.get(t.getAuthorId())), t.getCreatedAt(),
                t.getLastActivityAt(), t.getReplyCount(), t.isPinned(), t.isLocked())).toList();
    }

    private Post post(long id, long authorId, Instant createdAt, @Nullable Instant editedAt,
            String body, Map<Long, PersonSummary> people, PraxisUser viewer, boolean editable) {
        var author = people.get(authorId);
        return new Post(id, authorId, nameOf(author), author == null ? "" : author.organisationName(), createdAt,
                editedAt != null, body, html(body, people), editable && policy.mayEdit(viewer, authorId));
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
