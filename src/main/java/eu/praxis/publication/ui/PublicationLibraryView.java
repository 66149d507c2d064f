package eu.praxis.publication.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility;
import eu.praxis.base.ui.ViewToolbar;
import eu.praxis.publication.PublicationFilter;
import eu.praxis.publication.PublicationLibrary;
import eu.praxis.publication.PublicationListItem;
import eu.praxis.publication.PublicationPaths;
import eu.praxis.publication.PublicationType;
import eu.praxis.searchindex.SearchDocument;
import jakarta.annotation.security.PermitAll;
import java.util.stream.Collectors;

/** The library of publications the viewer may read, the most recent first, filtered by type and language. */
@Route(PublicationLibraryView.PATH)
@Menu(order = 6, icon = "vaadin:open-book", title = "publication.menu")
@PermitAll
class PublicationLibraryView extends VerticalLayout implements HasDynamicTitle {

    static final String PATH = PublicationPaths.LIBRARY;

    private final PublicationLibrary publications;
    private final Select<PublicationType> type = new Select<>();
    private final Select<String> language = new Select<>();
    private final Grid<PublicationListItem> grid = new Grid<>();

    PublicationLibraryView(PublicationLibrary publications, PublicationEditors editors) {
        this.publications = publications;
        addClassName("view");
        setSizeFull();

        type.setLabel(getTranslation("publication.type"));
        type.setItems(PublicationType.values());
        type.setEmptySelectionAllowed(true);
        type.setEmptySelectionCaption(getTranslation("common.any"));
        type.setItemLabelGenerator(
                t -> t == null ? getTranslation("common.any") : getTranslation("publication.type." + t));
        type.setId("publication-type-filter");
        language.setLabel(getTranslation("publication.language"));
        language.setItems(SearchDocument.ANALYZED_LANGUAGES);
        language.setEmptySelectionAllowed(true);
        language.setEmptySelectionCaption(getTranslation("common.any"));
        language.setItemLabelGenerator(
                l -> l == null ? getTranslation("common.any") : PublicationTexts.language(getLocale(), l));
        var filters = new Div(type, language);
        filters.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.MEDIUM);

        grid.addComponentColumn(
                        p -> new RouterLink(p.title(), PublicationView.class, PublicationView.parameters(p.id())))
                .setHeader(getTranslation("publication.title"))
                .setWidth("22em")
                .setFlexGrow(3);
        grid.addColumn(p -> getTranslation("publication.type." + p.type()))
                .setHeader(getTranslation("publication.type"))
                .setAutoWidth(true);
        grid.addColumn(p -> PublicationTexts.language(getLocale(), p.language()))
                .setHeader(getTranslation("publication.language"))
                .setAutoWidth(true);
        grid.addColumn(p -> p.otherLanguages().stream()
                        .map(l -> PublicationTexts.language(getLocale(), l))
                        .collect(Collectors.joining(", ")))
                .setHeader(getTranslation("publication.other-languages"))
                .setAutoWidth(true);
        grid.addColumn(PublicationListItem::publishedOn)
                .setHeader(getTranslation("publication.published-on"))
                .setAutoWidth(true);
        grid.addColumn(p -> String.join(", ", p.authors()))
                .setHeader(getTranslation("publication.authors"))
                .setFlexGrow(2);
        grid.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("publication.library.empty"));
        grid.setSizeFull();

        type.addValueChangeListener(e -> refresh());
        language.addValueChangeListener(e -> refresh());

        var toolbar = publications.mayAdminister()
                ? new ViewToolbar(getTranslation("publication.library.title"), newPublication(editors))
                : new ViewToolbar(getTranslation("publication.library.title"));
        add(toolbar, filters, grid);
        refresh();
    }

    private Button newPublication(PublicationEditors editors) {
        var button = new Button(
                getTranslation("publication.new"),
                e -> editors.open(
                        null,
                        id -> getUI().ifPresent(
                                        ui -> ui.navigate(PublicationView.class, PublicationView.parameters(id)))));
        button.addThemeVariants(ButtonVariant.PRIMARY);
        button.getElement().setAttribute("data-action", "new-publication");
        return button;
    }

    private void refresh() {
        grid.setItems(publications.list(new PublicationFilter(type.getValue(), language.getValue(), null)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("publication.library.title");
    }
}
