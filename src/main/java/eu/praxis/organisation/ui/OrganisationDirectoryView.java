package eu.praxis.organisation.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.theme.lumo.LumoUtility;
import eu.praxis.base.ui.ViewToolbar;
import eu.praxis.organisation.Countries;
import eu.praxis.organisation.OrganisationFilter;
import eu.praxis.organisation.OrganisationKind;
import eu.praxis.organisation.OrganisationService;
import eu.praxis.organisation.OrganisationStatus;
import eu.praxis.organisation.OrganisationSummary;
import eu.praxis.security.CurrentUser;
import eu.praxis.security.PraxisUser;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import org.jspecify.annotations.Nullable;

/** The directory of member organisations, filtered by country, kind and name (and status for the secretariat). */
@Route("organisations")
@Menu(order = 20, icon = "vaadin:building", title = "organisation.menu")
@PermitAll
class OrganisationDirectoryView extends VerticalLayout implements HasDynamicTitle {

    private final TextField name = new TextField();
    private final ComboBox<String> country = new ComboBox<>();
    private final Select<OrganisationKind> kind = new Select<>();
    private final Select<OrganisationStatus> status = new Select<>();
    private final Grid<OrganisationSummary> grid = new Grid<>();
    private final boolean admin = CurrentUser.get().map(PraxisUser::isAdmin).orElse(false);

    OrganisationDirectoryView(OrganisationService organisations) {
        addClassName("view");
        setSizeFull();

        name.setLabel(getTranslation("common.name"));
        name.setPlaceholder(getTranslation("common.search"));
        name.setPrefixComponent(VaadinIcon.SEARCH.create());
        name.setClearButtonVisible(true);
        name.setValueChangeMode(ValueChangeMode.LAZY);

        country.setLabel(getTranslation("common.country"));
        country.setPlaceholder(getTranslation("common.any"));
        country.setItemLabelGenerator(this::countryName);
        country.setItems(organisations.countries().stream()
                .sorted(Comparator.comparing(this::countryName))
                .toList());
        country.setClearButtonVisible(true);

        kind.setLabel(getTranslation("organisation.kind"));
        kind.setItems(OrganisationKind.values());
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption(getTranslation("common.any"));
        kind.setItemLabelGenerator(
                k -> k == null ? getTranslation("common.any") : getTranslation("organisation.kind." + k));

        status.setLabel(getTranslation("common.status"));
        status.setItems(OrganisationStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("common.any"));
        status.setItemLabelGenerator(
                s -> s == null ? getTranslation("common.any") : getTranslation("organisation.status." + s));

        var filters = new Div(name, country, kind);
        if (admin) {
            filters.add(status);
        }
        filters.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.MEDIUM);

        var nameColumn = grid.addComponentColumn(o -> OrganisationNavigation.linkTo(o.id(), o.name()))
                .setHeader(getTranslation("common.name"))
                .setFlexGrow(3);
        grid.addColumn(o -> getTranslation("organisation.kind." + o.kind()))
                .setHeader(getTranslation("organisation.kind"));
        grid.addColumn(o -> o.city() == null ? "" : o.city()).setHeader(getTranslation("organisation.city"));
        grid.addColumn(o -> countryName(o.country())).setHeader(getTranslation("common.country"));
        if (admin) {
            grid.addColumn(o -> getTranslation("organisation.status." + o.status()))
                    .setHeader(getTranslation("common.status"));
        }
        grid.addThemeVariants(GridVariant.ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("organisation.directory.empty"));
        // The whole row leads to the page; the name is also a link, for keyboards and new tabs, and navigates itself.
        grid.addItemClickListener(e -> {
            if (e.getColumn() != nameColumn) {
                getUI().ifPresent(ui -> ui.navigate(
                        OrganisationView.class,
                        new RouteParameters(
                                OrganisationView.ID, Long.toString(e.getItem().id()))));
            }
        });
        grid.setItemsPageable(page -> organisations.find(filter(), page).getContent());
        grid.setSizeFull();

        name.addValueChangeListener(e -> refresh());
        country.addValueChangeListener(e -> refresh());
        kind.addValueChangeListener(e -> refresh());
        status.addValueChangeListener(e -> refresh());

        add(new ViewToolbar(getTranslation("organisation.directory.title")), filters, grid);
    }

    /** The status filter is the secretariat's; the service shows members active organisations only. */
    private OrganisationFilter filter() {
        return new OrganisationFilter(country.getValue(), kind.getValue(), status.getValue(), name.getValue());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    private String countryName(@Nullable String code) {
        return code == null ? "" : Countries.name(code, getLocale());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("organisation.directory.title");
    }
}
