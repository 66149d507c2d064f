package eu.praxis.content.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * An action another feature adds to a post (a thread's first post, a reply), such as "Report", so that
 * the discussion feature does not depend on it (DD017). Implementations are Spring beans without state;
 * the post shows what they create in its header.
 */
public interface PostActions {

    /**
     * @param targetType {@code thread} or {@code reply}, as in {@link eu.praxis.base.AuditedAction}
     * @return the action for this post and viewer, or empty when there is none (e.g. on one's own post)
     */
    Optional<Component> create(String targetType, long postId, long authorId);
}
