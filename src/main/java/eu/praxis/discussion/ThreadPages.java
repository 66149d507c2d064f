package eu.praxis.discussion;

import eu.praxis.content.Moderation;
import eu.praxis.discussion.ThreadAccess.GroupPlace;
import eu.praxis.discussion.ThreadAccess.PracticePlace;
import eu.praxis.discussion.ThreadAccess.Readable;
import eu.praxis.member.MemberService;
import eu.praxis.member.PersonSummary;
import eu.praxis.security.Viewer;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.stereotype.Component;

/**
 * Builds what the thread pages and lists show: the posts the viewer may see, rendered, with the people they name
 * looked up once, and the capability flags of the viewer ({@link DiscussionPolicy}).
 */
@Component
class ThreadPages {

    private final ReplyRepository replies;
    private final MemberService members;
    private final DiscussionPolicy policy;
    private final MarkdownRenderer markdown;

    ThreadPages(ReplyRepository replies, MemberService members, DiscussionPolicy policy, MarkdownRenderer markdown) {
        this.replies = replies;
        this.members = members;
        this.policy = policy;
        this.markdown = markdown;
    }

    ThreadDetails details(Readable readable, boolean mayReply, Viewer viewer) {
        var thread = readable.thread();
        var threadId = readable.id();
        var leads = readable.leads();
        var visible = replies.findByThreadIdOrderByCreatedAtAscIdAsc(threadId).stream()
                .filter(r -> policy.maySeeContent(viewer, leads, r.getAuthorId(), r.getModeration()))
                .toList();
        var personIds = new HashSet<Long>();
        personIds.add(thread.getAuthorId());
        personIds.addAll(markdown.mentions(thread.getBodyMarkdown()));
        for (var reply : visible) {
            personIds.add(reply.getAuthorId());
            personIds.addAll(markdown.mentions(reply.getBodyMarkdown()));
        }
        var people = members.summaries(personIds);
        var ofGroup = readable.place() instanceof GroupPlace;
        var opening = post(
                threadId,
                thread.getAuthorId(),
                thread.getCreatedAt(),
                thread.getEditedAt(),
                thread.getBodyMarkdown(),
                thread.getModeration(),
                people,
                viewer,
                leads,
                ofGroup);
        var replyPosts = visible.stream()
                .map(r -> post(
                        Objects.requireNonNull(r.getId()),
                        r.getAuthorId(),
                        r.getCreatedAt(),
                        r.getEditedAt(),
                        r.getBodyMarkdown(),
                        r.getModeration(),
                        people,
                        viewer,
                        leads,
                        true))
                .toList();
        var mayPinAndLock = ofGroup && policy.mayPinAndLock(viewer, leads);
        var mayModerate = ofGroup && policy.mayModerate(viewer, leads, thread.getAuthorId());
        var mayMove = mayModerate && policy.mayMove(viewer, leads, leads);
        var moderation = ofGroup
                ? policy.threadActions(
                        viewer,
                        leads,
                        thread.getAuthorId(),
                        thread.isPinned(),
                        thread.isLocked(),
                        thread.getModeration())
                : Set.<eu.praxis.content.ModerationAction>of();
        return switch (readable.place()) {
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
                        mayMove,
                        moderation);
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
                        mayMove,
                        moderation);
        };
    }

    Slice<ThreadListItem> listItems(Slice<DiscussionThread> slice) {
        return new SliceImpl<>(listItems(slice.getContent()), slice.getPageable(), slice.hasNext());
    }

    List<ThreadListItem> listItems(List<DiscussionThread> list) {
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

    /** Sanitised HTML of a text, with the mentioned people's names looked up. */
    String html(String body) {
        return html(body, members.summaries(markdown.mentions(body)));
    }

    Map<Long, PersonSummary> people(Collection<Long> personIds) {
        return members.summaries(personIds);
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
            Viewer viewer,
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
                editable ? policy.postActions(viewer, leads, authorId, moderation) : Set.of());
    }

    private String html(String body, Map<Long, PersonSummary> people) {
        return markdown.toHtml(body, personId -> {
            var person = people.get(personId);
            return person == null ? null : person.name();
        });
    }

    static String nameOf(@Nullable PersonSummary person) {
        return person == null ? "?" : person.name();
    }
}
