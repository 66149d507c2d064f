package eu.praxis.moderation;

import eu.praxis.discussion.DiscussionPosts;
import eu.praxis.practice.PracticeLibrary;
import java.util.Optional;
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

    /** Empty when the content does not exist or the current user may not see it. */
    Optional<ReportedContent> find(ReportedType type, long id) {
        if (type == ReportedType.PRACTICE) {
            return practices
                    .find(id)
                    .map(practice -> new ReportedContent(
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
                            false));
        }
        return posts.find(type.key(), id)
                .map(post -> new ReportedContent(
                        type,
                        id,
                        post.threadTitle(),
                        excerpt(post.markdown()),
                        post.authorId(),
                        post.authorName(),
                        post.placeName(),
                        post.path(),
                        post.threadId(),
                        post.moderatingGroupIds(),
                        post.hidden(),
                        post.deleted(),
                        post.threadLocked(),
                        post.mayModerate(),
                        post.mayLock()));
    }

    /** The start of a text on one line, without the commonest Markdown marks. */
    static String excerpt(String markdown) {
        var plain = markdown.replaceAll("[*_`#>]+", "").replaceAll("\\s+", " ").strip();
        return plain.length() <= EXCERPT_MAX
                ? plain
                : plain.substring(0, EXCERPT_MAX - 1).stripTrailing() + "…";
    }
}
