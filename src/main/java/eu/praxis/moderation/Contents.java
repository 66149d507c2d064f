package eu.praxis.moderation;

import eu.praxis.discussion.DiscussionPosts;
import eu.praxis.practice.PracticeLibrary;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Looks up reported content through the content features' services, as the current user: whatever they may
 * not see is "not found" there, so reporting and the queues follow exactly the features' own rules.
 */
@Component
class Contents {

    static final int EXCERPT_MAX = 280;

    private final DiscussionPosts posts;
    private final PracticeLibrary practices;

    Contents(DiscussionPosts posts, PracticeLibrary practices) {
        this.posts = posts;
        this.practices = practices;
    }

    /** @throws eu.praxis.base.NotFoundException when it does not exist or the current user may not see it */
    ReportedContent get(ReportedType type, long id) {
        if (type == ReportedType.PRACTICE) {
            var practice = practices.get(id);
            return new ReportedContent(
                    type,
                    id,
                    practice.title(),
                    excerpt(practice.summary()),
                    practice.authorId(),
                    practice.authorName(),
                    practice.organisationName(),
                    practice.permalink(),
                    null,
                    practice.groups().keySet(),
                    practice.hidden(),
                    practice.deleted(),
                    false,
                    practice.mayModerate(),
                    false);
        }
        var post = posts.get(type.key(), id);
        // A practice's discussion is moderated by the leads of the groups the practice is shared in.
        var groupIds = post.groupId() != null
                ? Set.of(post.groupId())
                : practices
                        .get(Objects.requireNonNull(post.practiceId()))
                        .groups()
                        .keySet();
        return new ReportedContent(
                type,
                id,
                post.threadTitle(),
                excerpt(post.markdown()),
                post.authorId(),
                post.authorName(),
                post.placeName(),
                post.path(),
                post.threadId(),
                groupIds,
                post.hidden(),
                post.deleted(),
                post.threadLocked(),
                post.mayModerate(),
                post.mayLock());
    }

    /** The start of a text on one line, without the commonest Markdown marks. */
    static String excerpt(String markdown) {
        var plain = markdown.replaceAll("[*_`#>]+", "").replaceAll("\\s+", " ").strip();
        return plain.length() <= EXCERPT_MAX
                ? plain
                : plain.substring(0, EXCERPT_MAX - 1).stripTrailing() + "…";
    }
}
