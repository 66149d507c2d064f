package eu.praxis.search.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import eu.praxis.base.ui.ViewToolbar;
import eu.praxis.search.SearchScope;
import eu.praxis.search.SearchService;
import jakarta.annotation.security.PermitAll;

/**
 * The global search behind the shell's search field ({@code search?q=...}): practices, discussion threads
 * and events the viewer may see, with the same components as the library.
 */
@Route(SearchView.PATH)
@PermitAll
class SearchView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String PATH = "search";

    private final SearchPanel panel;

    SearchView(SearchService search) {
        addClassName("view");
        setWidthFull();
        panel = new SearchPanel(search, SearchScope.EVERYTHING, PATH);
        add(new ViewToolbar(getTranslation("search.title")), panel);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        panel.show(event);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("search.title");
    }
}
