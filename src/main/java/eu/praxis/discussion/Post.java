package eu.praxis.discussion;

import eu.praxis.content.ModerationAction;
import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The first post of a thread or one reply, as the thread page shows it. {@code html} is rendered and
 * sanitised, safe to insert into the page; {@code markdown} is the source for the edit form.
 * {@code hiddenReason} is set when moderators hid the post (then only its author, moderators and admins
 * see it), {@code deleted} when it was deleted (then only admins see it). The {@code may...} flags say
 * what the viewer may do (the services check again): {@code mayEdit} as its author, {@code mayModerate}
 * as a moderator (edit with a reason, see earlier versions); {@code moderation} the moderation actions open to the
 * viewer on this post ({@link DiscussionPolicy#postActions}).
 */
public record Post(
        long id,
        long authorId,
        String authorName,
        String authorOrganisation,
        Instant createdAt,
        boolean edited,
        String markdown,
        String html,
        boolean mayEdit,
        boolean hidden,
        @Nullable String hiddenReason,
        boolean deleted,
        boolean mayModerate,
        Set<ModerationAction> moderation) {}
