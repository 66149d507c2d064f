package eu.praxis.content;

import eu.praxis.base.NotFoundException;
import eu.praxis.security.CurrentUser;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Moderation of any content type for the logged-in person: the menus of views and the moderation queue call
 * this; each type's {@link ModeratableContent} decides and acts.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class ContentModeration {

    private final Map<String, ModeratableContent> types;

    ContentModeration(ObjectProvider<ModeratableContent> types) {
        this.types = types.orderedStream().collect(Collectors.toMap(ModeratableContent::type, Function.identity()));
    }

    /** What the logged-in person may do to the content; empty for an unknown type or content they may not see. */
    public Set<ModerationAction> available(String type, long id) {
        var content = types.get(type);
        return content == null ? Set.of() : content.available(CurrentUser.require(), id);
    }

    /** @see ModeratableContent#apply */
    public void apply(String type, long id, ModerationAction action, @Nullable String reason) {
        var content = types.get(type);
        if (content == null) {
            throw new NotFoundException();
        }
        content.apply(CurrentUser.require(), id, action, reason);
    }
}
