package eu.praxis.content.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import eu.praxis.base.ui.Actions;
import eu.praxis.content.ContentModeration;
import eu.praxis.content.ModerationAction;
import java.util.Set;

/**
 * The "Moderate" menu of a thread, a post or a practice, for those allowed. {@link #actions} adds the actions every
 * content type shares, from the capability flags its read model carries; a feature adds its own (edit with a
 * reason, move, history) with {@link #item}. Only UX: the services check every action again. Marked for tests
 * with {@code data-moderation}.
 */
public final class ModerationMenu extends MenuBar {

    private final SubMenu items;

    public ModerationMenu() {
        addThemeVariants(MenuBarVariant.LUMO_SMALL, MenuBarVariant.TERTIARY);
        getElement().setAttribute("data-moderation", "");
        items = addItem(getTranslation("common.moderation.menu")).getSubMenu();
    }

    /** Adds an item with the text of the message key. */
    public ModerationMenu item(String labelKey, Runnable action) {
        items.addItem(getTranslation(labelKey), e -> action.run());
        return this;
    }

    /**
     * Adds the shared actions among {@code available}, in a fixed order, each applied through
     * {@link ContentModeration}; those that take a reason ask for it first.
     *
     * @param afterwards runs once the action is done (e.g. reload the page, or leave it after a delete)
     */
    public ModerationMenu actions(
            ContentModeration moderation,
            String type,
            long id,
            Set<ModerationAction> available,
            java.util.function.Function<ModerationAction, Runnable> afterwards) {
        for (var action : ModerationAction.values()) {
            if (!available.contains(action)) {
                continue;
            }
            var label = "content.moderate." + action.verb();
            if (action.takesReason()) {
                item(
                        label,
                        () -> new ReasonDialog(
                                        getTranslation(label),
                                        getTranslation(
                                                action.reasonRequired()
                                                        ? "content.moderate.reason"
                                                        : "content.moderate.reason-optional"),
                                        getTranslation(label),
                                        action.reasonRequired(),
                                        reason -> moderation.apply(type, id, action, reason),
                                        afterwards.apply(action),
                                        "content.moderate.done")
                                .open());
            } else {
                item(
                        label,
                        () -> Actions.perform(
                                this,
                                () -> moderation.apply(type, id, action, null),
                                afterwards.apply(action),
                                "content.moderate.done"));
            }
        }
        return this;
    }

    /** The small label that marks hidden or deleted content for those who still see it. */
    public static Span badge(Component context, String key) {
        var badge = new Span(context.getTranslation(key));
        badge.addClassNames("group-badge", "group-badge-warning", "moderation-badge");
        return badge;
    }
}
