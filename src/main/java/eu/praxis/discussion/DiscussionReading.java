package eu.praxis.discussion;

import eu.praxis.base.NotFoundException;
import eu.praxis.discussion.ThreadAccess.Place;
import eu.praxis.discussion.ThreadAccess.Readable;
import eu.praxis.group.GroupAccess;
import eu.praxis.member.PersonStatus;
import eu.praxis.member.PersonSummary;
import eu.praxis.practice.PracticeDetails;
import eu.praxis.security.CurrentUser;
import eu.praxis.security.PraxisUser;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading discussions: a group's threads, a thread page, a practice's discussion, the history of a post, who can be
 * mentioned. What the viewer may see is {@link ThreadAccess}'s answer: a thread or group they may not read is
 * {@link NotFoundException}, exactly like one that does not exist; hidden and deleted content is left out for
 * those who may not see it ({@link DiscussionPolicy#maySeeContent}) in lists, pages and reply counts.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class DiscussionReading {

    private final DiscussionThreadRepository threads;
    private final PostRevisionRepository revisions;
    private final ThreadAccess access;
    private final ThreadPages pages;
    private final GroupAccess groupAccess;
    private final DiscussionPolicy policy;

    DiscussionReading(
            DiscussionThreadRepository threads,
            PostRevisionRepository revisions,
            ThreadAccess access,
            ThreadPages pages,
            GroupAccess groupAccess,
            DiscussionPolicy policy) {
        this.threads = threads;
        this.revisions = revisions;
        this.access = access;
        this.pages = pages;
        this.groupAccess = groupAccess;
        this.policy = policy;
    }

    /** The group's threads the viewer may see, pinned ones first, then by most recent activity. */
    public Slice<ThreadListItem> threadsOfGroup(long groupId, Pageable page) {
        var user = CurrentUser.require();
        var group = access.readableGroup(groupId, user);
        return pages.listItems(threads.findListed(
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
        return access.findGroup(groupId, user)
                .map(g -> new GroupThreads(
                        g.slug(),
                        policy.mayPost(user, g),
                        pages.listItems(threads.findListed(
                                groupId,
                                user.personId(),
                                policy.moderates(user, g.iLead()),
                                policy.seesDeleted(user),
                                Limit.of(limit)))));
    }

    /** Whether the viewer may read the group's threads (the group page shows its discussions only then). */
    public boolean mayReadThreadsOfGroup(long groupId) {
        return access.findGroup(groupId, CurrentUser.require()).isPresent();
    }

    /** A group's or a practice's thread; not found if the viewer may not read the group or see the practice. */
    public ThreadDetails thread(long threadId) {
        var user = CurrentUser.require();
        var readable = access.readable(threadId, user);
        return pages.details(readable, access.mayReply(user, readable), user);
    }

    /**
     * The discussion of a practice on its page, with one look-up of the practice's groups.
     *
     * @param practice as {@link eu.praxis.practice.PracticeLibrary} gave it to the viewer for the page
     */
    public DiscussionOfPractice discussionOfPractice(PracticeDetails practice) {
        var user = CurrentUser.require();
        var place = access.practicePlace(practice);
        var thread = threads.findIdByPracticeId(practice.id())
                .flatMap(threads::findById)
                .filter(t -> policy.maySeeContent(user, place.leads(), t.getAuthorId(), t.getModeration()))
                .map(t -> {
                    var readable = new Readable(t, place);
                    return pages.details(readable, access.mayReply(user, readable), user);
                })
                .orElse(null);
        var mayReply = access.mayPost(user, place);
        return new DiscussionOfPractice(thread, mayReply, mayReply ? mentionable(place) : List.of());
    }

    /** Earlier texts of a thread's first post, newest first: for its author and the group's moderators. */
    public List<PostRevisionItem> threadHistory(long threadId) {
        var user = CurrentUser.require();
        var readable = access.readable(threadId, user);
        requireMaySeeHistory(user, readable.leads(), readable.thread().getAuthorId());
        return revisionItems(revisions.findByThreadIdOrderByEditedAtDescIdDesc(threadId));
    }

    /** Earlier texts of a reply, newest first: for its author and the place's moderators. */
    public List<PostRevisionItem> replyHistory(long replyId) {
        var user = CurrentUser.require();
        var readable = access.readableReply(replyId, user);
        requireMaySeeHistory(user, readable.thread().leads(), readable.reply().getAuthorId());
        return revisionItems(revisions.findByReplyIdOrderByEditedAtDescIdDesc(replyId));
    }

    /** Sanitised HTML of a post being written, rendered exactly as it will be once posted. */
    public String preview(String body) {
        return pages.html(
                body.length() > DiscussionThread.BODY_MAX ? body.substring(0, DiscussionThread.BODY_MAX) : body);
    }

    /**
     * People to offer for a mention in the thread, by name: the active members of its group, or of the
     * groups its practice is shared in (also for a whole-network practice, whose audience is everyone;
     * a mention typed by hand of anyone else who can read it still notifies them).
     */
    public List<PersonSummary> mentionable(long threadId) {
        return mentionable(access.readable(threadId, CurrentUser.require()).place());
    }

    private List<PersonSummary> mentionable(Place place) {
        var ids = place.groups().stream()
                .flatMap(g -> groupAccess.activeMemberIds(g.id()).stream())
                .collect(Collectors.toSet());
        return pages.people(ids).values().stream()
                .filter(p -> p.status() == PersonStatus.ACTIVE)
                .sorted(Comparator.comparing(PersonSummary::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    private void requireMaySeeHistory(PraxisUser user, boolean leads, long authorId) {
        if (!policy.mayEdit(user, authorId) && !policy.moderates(user, leads)) {
            throw new AccessDeniedException("Not the author nor a moderator of this post");
        }
    }

    private List<PostRevisionItem> revisionItems(List<PostRevision> list) {
        var people = pages.people(list.stream().map(PostRevision::getEditorId).collect(Collectors.toSet()));
        return list.stream()
                .map(r -> new PostRevisionItem(
                        r.getEditedAt(),
                        r.getEditorId(),
                        ThreadPages.nameOf(people.get(r.getEditorId())),
                        r.getReason(),
                        r.getTitle(),
                        r.getBodyMarkdown()))
                .toList();
    }
}
