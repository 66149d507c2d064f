package eu.praxis.discussion;

import eu.praxis.base.NotFoundException;
import java.util.Objects;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Single posts by id, with their context, for other features (moderation's reports and queues). Built on
 * {@link DiscussionService#thread}, so that exactly its rules decide what the viewer sees: a post they may
 * not see is "not found".
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class DiscussionPosts {

    private final DiscussionService discussions;
    private final ReplyRepository replies;

    DiscussionPosts(DiscussionService discussions, ReplyRepository replies) {
        this.discussions = discussions;
        this.replies = replies;
    }

    /**
     * @param targetType {@code thread} (a group thread's first post; a practice's thread has none) or {@code reply}
     * @throws NotFoundException when it does not exist or the viewer may not see it
     */
    public PostInContext get(String targetType, long id) {
        var ofThread = switch (targetType) {
            case "thread" -> true;
            case "reply" -> false;
            default -> throw new IllegalArgumentException("Not a post: " + targetType);
        };
        var threadId =
                ofThread ? id : replies.findById(id).map(Reply::getThreadId).orElseThrow(NotFoundException::new);
        var thread = discussions.thread(threadId);
        if (ofThread && thread.ofPractice()) {
            throw new NotFoundException();
        }
        var post = ofThread
                ? thread.opening()
                : thread.replies().stream()
                        .filter(r -> r.id() == id)
                        .findFirst()
                        .orElseThrow(NotFoundException::new);
        var path = thread.ofPractice()
                ? "practices/" + thread.practiceId() + "/" + Objects.requireNonNull(thread.practiceSlug())
                : "threads/" + threadId;
        return new PostInContext(
                targetType,
                id,
                threadId,
                thread.title(),
                thread.groupId(),
                thread.practiceId(),
                thread.placeName(),
                path,
                post.authorId(),
                post.authorName(),
                post.markdown(),
                post.hidden(),
                post.deleted(),
                thread.locked(),
                post.mayModerate(),
                thread.mayPinAndLock());
    }
}
