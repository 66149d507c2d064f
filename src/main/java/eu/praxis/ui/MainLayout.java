package eu.praxis.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.theme.lumo.LumoUtility;
import eu.praxis.base.Languages;
import eu.praxis.notification.NotificationService;
import eu.praxis.search.SearchParameters;
import eu.praxis.security.CurrentUser;
import eu.praxis.security.UiLanguage;
import jakarta.annotation.security.PermitAll;

/**
 * The frame around every logged-in view. Menu entries come from the views' {@code @Menu}
 * annotations, whose titles are message keys, so the shell needs to know no feature.
 */
@Layout
@PermitAll
public final class MainLayout extends AppLayout implements AfterNavigationObserver {

    /** Route of the person's own profile; the profile view belongs to the member feature. */
    private static final String PROFILE_PATH = "profile";
    /** Route of the global search; the view belongs to the search feature. */
    static final String SEARCH_PATH = "search";

    private final transient AuthenticationContext authentication;
    private final transient NotificationService notifications;
    private final SideNav nav = new SideNav();
    private final Button bell = new Button(new Icon(VaadinIcon.BELL));
    private final Span unread = new Span();

    MainLayout(AuthenticationContext authentication, NotificationService notifications) {
        this.authentication = authentication;
        this.notifications = notifications;
        setPrimarySection(Section.DRAWER);
        var brand = new Span("Praxis");
        brand.addClassNames(
                LumoUtility.FontSize.XLARGE,
                LumoUtility.FontWeight.BOLD,
                LumoUtility.Padding.MEDIUM,
                LumoUtility.TextColor.PRIMARY);
        var header = new Div(brand);
        header.addClassNames(
                LumoUtility.Display.FLEX,
                LumoUtility.AlignItems.CENTER,
                LumoUtility.JustifyContent.BETWEEN,
                LumoUtility.Padding.End.SMALL);
        var drawer = new Div(header, new Scroller(nav), userMenu());
        drawer.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Height.FULL);
        nav.addClassNames(LumoUtility.Flex.GROW);
        addToDrawer(drawer);
        // The bell sits in the top bar, not in the drawer, which a phone folds away.
        addToNavbar(globalSearch(), bell());
    }

    /** Searches practices and discussions from every page: Enter opens the search view with the query. */
    private Component globalSearch() {
        var field = new TextField();
        field.setId("global-search");
        field.setAriaLabel(getTranslation("shell.search"));
        field.setPlaceholder(getTranslation("shell.search"));
        field.setPrefixComponent(new Icon(VaadinIcon.SEARCH));
        field.setClearButtonVisible(true);
        field.setMaxLength(SearchParameters.MAX_QUERY_LENGTH);
        field.addClassName("global-search");
        field.addKeyDownListener(Key.ENTER, e -> {
            var query = field.getValue().strip();
            field.clear();
            UI.getCurrent()
                    .navigate(
                            SEARCH_PATH,
                            query.isEmpty()
                                    ? QueryParameters.empty()
                                    : QueryParameters.of(SearchParameters.QUERY, query));
        });
        return field;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        // Built here rather than in the constructor: the entries depend on the user's rights and language.
        nav.removeAll();
        MenuConfiguration.getMenuEntries().forEach(entry -> nav.addItem(item(entry)));
        showUnreadCount();
        if (getContent() instanceof HasDynamicTitle titled) {
            UI.getCurrent().getPage().setTitle(titled.getPageTitle() + " · Praxis");
        }
    }

    /**
     * The bell with the number of unread notifications, refreshed on every navigation (no server push); it
     * leads to the notifications page, a route of the notification feature.
     */
    private Button bell() {
        bell.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.LUMO_ICON);
        bell.addClassName("notification-bell");
        unread.addClassName("notification-badge");
        bell.getElement().appendChild(unread.getElement());
        bell.addClickListener(e -> UI.getCurrent().navigate(NotificationService.NOTIFICATIONS_PATH));
        return bell;
    }

    private void showUnreadCount() {
        var count = CurrentUser.get().isPresent() ? notifications.unreadCount() : 0;
        unread.setText(count > 99 ? "99+" : Long.toString(count));
        unread.setVisible(count > 0);
        bell.getElement().setAttribute("aria-label", getTranslation("notification.bell", count));
    }

    private SideNavItem item(MenuEntry entry) {
        var title = getTranslation(entry.title());
        return entry.icon() == null
                ? new SideNavItem(title, entry.path())
                : new SideNavItem(title, entry.path(), new Icon(entry.icon()));
    }

    private Component userMenu() {
        var user = CurrentUser.get();
        var menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.TERTIARY);
        menu.addClassNames(LumoUtility.Margin.MEDIUM);
        var name = user.map(u -> u.displayName()).orElse("");
        var avatar = new Avatar(name);
        avatar.addThemeVariants(com.vaadin.flow.component.avatar.AvatarVariant.XSMALL);
        var label = new Div(avatar, new Span(name));
        label.addClassNames(LumoUtility.Display.FLEX, LumoUtility.Gap.SMALL, LumoUtility.AlignItems.CENTER);
        var top = menu.addItem(label);
        top.getElement().setAttribute("aria-label", getTranslation("shell.user-menu"));
        var sub = top.getSubMenu();
        sub.addItem(getTranslation("shell.profile"), e -> UI.getCurrent().navigate(PROFILE_PATH));
        var languages = sub.addItem(getTranslation("shell.language")).getSubMenu();
        for (var language : Languages.SUPPORTED) {
            languages.addItem(getTranslation("language." + language.getLanguage()), e -> {
                // For this session; the profile page stores the preference.
                UiLanguage.choose(language);
                UI.getCurrent().getPage().reload();
            });
        }
        sub.addItem(
                new Div(new Icon(VaadinIcon.SIGN_OUT), new Span(getTranslation("shell.logout"))),
                e -> authentication.logout());
        return menu;
    }
}
