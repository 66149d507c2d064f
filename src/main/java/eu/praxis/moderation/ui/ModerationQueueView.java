package eu.praxis.moderation.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import eu.praxis.base.ui.ViewToolbar;
import eu.praxis.moderation.ModerationService;
import eu.praxis.security.Role;
import jakarta.annotation.security.RolesAllowed;

/** The secretariat's queue: every open report, also of content shared in no group. */
@Route("admin/moderation")
@RolesAllowed(Role.ADMIN_NAME)
@Menu(order = 84, icon = "vaadin:flag", title = "moderation.queue.menu")
class ModerationQueueView extends VerticalLayout implements HasDynamicTitle {

    private final ModerationService moderation;

    ModerationQueueView(ModerationService moderation) {
        this.moderation = moderation;
        addClassName("view");
        refresh();
    }

    private void refresh() {
        removeAll();
        add(new ViewToolbar(getPageTitle()), new QueueList(moderation, moderation.queue(), this::refresh));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("moderation.queue.title");
    }
}
