package eu.praxis.base.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.contextmenu.SubMenu;

/**
 * The "Moderate" menu of a thread, a post or a practice, for those allowed; its items are added by the
 * feature. Only UX: the services check every action again. Marked for tests with {@code data-moderation}.
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

    /** The small label that marks hidden or deleted content for those who still see it. */
    public static Span badge(com.vaadin.flow.component.Component context, String key) {
        var badge = new Span(context.getTranslation(key));
        badge.addClassNames("group-badge", "group-badge-warning", "moderation-badge");
        return badge;
    }
}
