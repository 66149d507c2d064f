package eu.praxis.notification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import eu.praxis.base.ui.Actions;
import eu.praxis.base.ui.ViewToolbar;
import eu.praxis.notification.Delivery;
import eu.praxis.notification.NotificationKind;
import eu.praxis.notification.NotificationService;
import eu.praxis.notification.NotificationSettings.GroupChoice;
import jakarta.annotation.security.PermitAll;

/**
 * For each kind of notification, how I want it (a choice is saved at once); and the groups I muted, with
 * a way to mute one of my other groups.
 */
@Route(NotificationService.SETTINGS_PATH)
@PermitAll
class NotificationSettingsView extends VerticalLayout implements HasDynamicTitle {

    private final NotificationService notifications;
    private final Div kinds = new Div();
    private final VerticalLayout mutes = new VerticalLayout();

    NotificationSettingsView(NotificationService notifications) {
        this.notifications = notifications;
        addClassName("view");
        kinds.addClassName("notification-settings");
        mutes.setPadding(false);
        add(
                new ViewToolbar(getTranslation("notification.settings.title")),
                new Paragraph(getTranslation("notification.settings.intro")),
                kinds,
                new H2(getTranslation("notification.settings.mutes.title")),
                new Paragraph(getTranslation("notification.settings.mutes.intro")),
                mutes);
        refresh();
    }

    private void refresh() {
        var settings = notifications.mySettings();
        kinds.removeAll();
        settings.deliveries()
                .forEach((kind, delivery) ->
                        kinds.add(new Span(getTranslation(kind.labelKey())), deliverySelect(kind, delivery)));
        mutes.removeAll();
        if (settings.mutedGroups().isEmpty()) {
            mutes.add(new Paragraph(getTranslation("notification.settings.mutes.empty")));
        }
        for (var group : settings.mutedGroups()) {
            var unmute = new Button(
                    getTranslation("notification.settings.unmute"),
                    e -> Actions.perform(
                            this,
                            () -> notifications.unmuteGroup(group.id()),
                            this::refresh,
                            "notification.settings.unmuted",
                            group.name()));
            unmute.addThemeVariants(ButtonVariant.TERTIARY);
            unmute.setId("unmute-" + group.id());
            var row = new Div(new Span(group.name()), unmute);
            row.addClassName("notification-mute");
            mutes.add(row);
        }
        if (!settings.groupsToMute().isEmpty()) {
            var group = new ComboBox<GroupChoice>(getTranslation("notification.settings.mutes.group"));
            group.setItems(settings.groupsToMute());
            group.setItemLabelGenerator(GroupChoice::name);
            var mute = new Button(getTranslation("notification.settings.mute"), e -> {
                if (group.getValue() != null) {
                    var chosen = group.getValue();
                    Actions.perform(
                            this,
                            () -> notifications.muteGroup(chosen.id()),
                            this::refresh,
                            "notification.settings.muted",
                            chosen.name());
                }
            });
            mute.setId("mute");
            var row = new Div(group, mute);
            row.addClassName("notification-mute");
            mutes.add(row);
        }
    }

    private Select<Delivery> deliverySelect(NotificationKind kind, Delivery current) {
        var select = new Select<Delivery>();
        select.setItems(kind.choices());
        select.setItemLabelGenerator(d -> getTranslation(d.labelKey()));
        select.setValue(current);
        select.setId("delivery-" + kind.name());
        select.setAriaLabel(getTranslation(kind.labelKey()));
        select.addValueChangeListener(e -> Actions.perform(
                this,
                () -> notifications.changeDelivery(kind, e.getValue()),
                () -> {},
                "notification.settings.saved",
                getTranslation(kind.labelKey()),
                getTranslation(e.getValue().labelKey())));
        return select;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notification.settings.title");
    }
}
