package eu.praxis.notification.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import eu.praxis.base.ui.Actions;
import eu.praxis.base.ui.ViewToolbar;
import eu.praxis.base.ui.ViewerTime;
import eu.praxis.notification.NotificationItem;
import eu.praxis.notification.NotificationService;
import jakarta.annotation.security.PermitAll;

/**
 * My notifications, newest first, loaded page by page; unread ones stand out. Opening one marks it read and
 * goes to its page, which says "not found" by itself if the thing was removed or hidden since.
 */
@Route(NotificationService.NOTIFICATIONS_PATH)
@PermitAll
class NotificationsView extends VerticalLayout implements HasDynamicTitle {

    private final NotificationService notifications;
    private final Grid<NotificationItem> grid = new Grid<>();

    NotificationsView(NotificationService notifications) {
        this.notifications = notifications;
        addClassName("view");
        setSizeFull();
        var markAll = new Button(
                getTranslation("notification.mark-all-read"),
                VaadinIcon.CHECK.create(),
                e -> Actions.perform(this, notifications::markAllRead, this::refresh, "notification.marked-all-read"));
        var settings = new Button(
                getTranslation("notification.to-settings"),
                VaadinIcon.COG.create(),
                e -> UI.getCurrent().navigate(NotificationService.SETTINGS_PATH));
        settings.addThemeVariants(ButtonVariant.TERTIARY);
        add(new ViewToolbar(getTranslation("notification.title"), markAll, settings), grid);

        grid.addColumn(item -> item.read() ? "" : getTranslation("notification.unread"))
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setKey("state");
        grid.addColumn(this::text).setFlexGrow(1).setKey("text");
        grid.addColumn(item -> ViewerTime.moment(item.createdAt()))
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setKey("when");
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES);
        grid.setPartNameGenerator(item -> item.read() ? null : "unread");
        grid.setEmptyStateText(getTranslation("notification.empty"));
        grid.setItemsPageable(page -> notifications.mine(page).getContent());
        grid.addItemClickListener(
                e -> Actions.attempt(this, () -> notifications.open(e.getItem().id()))
                        .ifPresent(path -> UI.getCurrent().navigate(path)));
        grid.setSizeFull();
    }

    private String text(NotificationItem item) {
        return getTranslation(
                item.kind().textKey(), item.actorName() == null ? "" : item.actorName(), item.subjectTitle());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notification.title");
    }
}
