package eu.praxis.search.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import eu.praxis.base.ui.ViewToolbar;
import eu.praxis.practice.PracticeType;
import eu.praxis.practice.ui.PracticeNavigation;
import eu.praxis.search.SearchScope;
import eu.praxis.search.SearchService;
import eu.praxis.security.CurrentUser;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;

/**
 * The practice library: a full-text search over the published practices the viewer may see, with
 * facets (a group's page links here with {@code ?group=<id>}). Researchers and members get the same
 * page; the service filters what each may see. It lives in the search feature, which depends on
 * practice, so the practice views reach it by its route ({@link PracticeNavigation#LIBRARY_PATH}).
 */
@Route(PracticeNavigation.LIBRARY_PATH)
@Menu(order = 5, icon = "vaadin:book", title = "practice.menu")
@PermitAll
class PracticeLibraryView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final SearchPanel panel;

    PracticeLibraryView(SearchService search) {
        addClassName("view");
        setWidthFull();
        panel = new SearchPanel(search, SearchScope.LIBRARY, PracticeNavigation.LIBRARY_PATH);
        add(new ViewToolbar(getTranslation("practice.library.title"), newButtons()), panel);
    }

    /** Researchers read the library; everyone else may write in it (the practice service checks again). */
    private Button[] newButtons() {
        if (CurrentUser.require().isResearcher()) {
            return new Button[0];
        }
        List<Button> buttons = new ArrayList<>();
        for (var type : PracticeType.values()) {
            var path = PracticeNavigation.newPath(type);
            var button = new Button(
                    getTranslation("practice.new." + type.name()),
                    VaadinIcon.PLUS.create(),
                    e -> UI.getCurrent().navigate(path));
            button.setId("new-" + path.substring(path.lastIndexOf('/') + 1));
            buttons.add(button);
        }
        buttons.getFirst().addThemeVariants(ButtonVariant.PRIMARY);
        return buttons.toArray(Button[]::new);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        panel.show(event);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("practice.library.title");
    }
}
