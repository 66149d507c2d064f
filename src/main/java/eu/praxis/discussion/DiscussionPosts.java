package eu.praxis.discussion;

import eu.praxis.content.Moderation;
import eu.praxis.discussion.ThreadAccess.GroupPlace;
import eu.praxis.discussion.ThreadAccess.PracticePlace;
import eu.praxis.discussion.ThreadAccess.Readable;
import eu.praxis.security.CurrentUser;
import eu.praxis.security.PraxisUser;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Single posts by id, with their context, for other features (moderation's reports and queues). The same
 * {@link ThreadAccess} as the thread page decides what the viewer sees; only the one post is loaded, nothing is
 * rendered.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class DiscussionPosts {

    private final ThreadAccess access;
    private final ThreadPages pages;
    private final DiscussionPolicy policy;

    DiscussionPosts(ThreadAccess access, ThreadPages pages, DiscussionPolicy policy) {
        this.access = access;
        this.pages = pages;
        this.policy = policy;
    }

    /**
     * @param targetType {@code thread} (a group thread's first post; a practice's thread has none) or {@code reply}
     * @return empty when it does not exist or the viewer may not see it
     */
    public Optional<PostInContext> find(String targetType, long id) {
        var user = CurrentUser.require();
        return switch (targetType) {
            case ThreadModeration.TYPE ->
                access.find(id, user)
                        .filter(thread -> thread.place() instanceof GroupPlace)
                        .map(thread -> {
                            var opening = thread.thread();
                            return inContext(
                                    targetType,
                                    id,
                                    thread,
                                    opening.getAuthorId(),
                                    opening.getBodyMarkdown(),
                                    opening.getModeration(),
                                    user);
                        });
            case ReplyModeration.TYPE ->
                access.findReply(id, user).map(readable -> {
                    var reply = readable.reply();
                    return inContext(
                            targetType,
                            id,
                            readable.thread(),
                            reply.getAuthorId(),
                            reply.getBodyMarkdown(),
                            reply.getModeration(),
                            user);
                });
            default -> throw new IllegalArgumentException("Not a post: " + targetType);
        };
    }

    private PostInContext inContext(
            String targetType,
            long id,
            Readable thread,
            long authorId,
            String markdown,
            Moderation moderation,
            PraxisUser user) {
        var leads = thread.leads();
        var discussion = thread.thread();
        var author = pages.people(List.of(authorId)).get(authorId);
        var place = thread.place();
        return new PostInContext(
                targetType,
                id,
                thread.id(),
                discussion.getTitle(),
                discussion.getGroupId(),
                discussion.getPracticeId(),
                switch (place) {
                    case GroupPlace(var group) -> group.name();
                    case PracticePlace p -> p.practice().title();
                },
                switch (place) {
                    case GroupPlace(var group) -> Set.of(group.id());
                    case PracticePlace p -> p.practice().groups().keySet();
                },
                switch (place) {
                    case GroupPlace ignored -> "threads/" + thread.id();
                    case PracticePlace p ->
                        "practices/" + p.practice().id() + "/" + p.practice().slug();
                },
                authorId,
                ThreadPages.nameOf(author),
                markdown,
                moderation.isHidden(),
                moderation.isDeleted(),
                discussion.isLocked(),
                policy.mayModerate(user, leads, authorId),
                place instanceof GroupPlace && policy.mayPinAndLock(user, leads));
    }
}
