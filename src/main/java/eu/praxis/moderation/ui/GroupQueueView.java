package eu.praxis.moderation.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import eu.praxis.base.NotFoundException;
import eu.praxis.base.ui.ViewToolbar;
import eu.praxis.group.ui.GroupNavigation;
import eu.praxis.moderation.GroupQueue;
import eu.praxis.moderation.ModerationService;
import jakarta.annotation.security.PermitAll;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * A working group's moderation queue, for its leads and the secretariat (reached from the group page). To
 * anyone else it does not exist, as the service refuses them.
 */
@Route("moderation/group/:" + GroupQueueView.SLUG)
@PermitAll
class GroupQueueView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String SLUG = "slug";

    private final ModerationService moderation;
    private @Nullable GroupQueue queue;

    GroupQueueView(ModerationService moderation) {
        this.moderation = moderation;
        addClassName("view");
    }

    static String path(String slug) {
        return "moderation/group/" + slug;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var slug = event.getRouteParameters().get(SLUG).orElseThrow(NotFoundException::new);
        try {
            show(moderation.groupQueue(slug));
        } catch (AccessDeniedException e) {
            throw new NotFoundException();
        }
    }

    private void show(GroupQueue groupQueue) {
        queue = groupQueue;
        removeAll();
        add(
                new ViewToolbar(getPageTitle()),
                GroupNavigation.linkTo(groupQueue.slug(), groupQueue.groupName()),
                new QueueList(moderation, groupQueue.items(), () -> show(moderation.groupQueue(groupQueue.slug()))));
    }

    @Override
    public String getPageTitle() {
        return queue == null
                ? getTranslation("moderation.queue.title")
                : getTranslation("moderation.queue.group-title", queue.groupName());
    }
}
