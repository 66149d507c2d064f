package eu.praxis.practice.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import eu.praxis.base.ui.ModerationMenu;
import eu.praxis.base.ui.RouteIds;
import eu.praxis.base.ui.ViewToolbar;
import eu.praxis.group.GroupListItem;
import eu.praxis.group.GroupService;
import eu.praxis.organisation.Countries;
import eu.praxis.practice.PracticeFilter;
import eu.praxis.practice.PracticeListItem;
import eu.praxis.practice.PracticeService;
import eu.praxis.practice.PracticeType;
import eu.praxis.practice.ThemeItem;
import eu.praxis.practice.ThemeService;
import eu.praxis.security.CurrentUser;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;

/**
 * The practice library: the published practices the viewer may see, newest first, filtered by type,
 * theme, country and group ({@code ?group=<id>} preselects a group, for links from a group's page).
 * The grid fetches page by page from the service; nothing loads the whole library.
 */
@Route("practices")
@Menu(order = 5, icon = "vaadin:book", title = "practice.menu")
@PermitAll
class PracticeLibraryView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient PracticeService practices;
    private final Select<PracticeType> type = new Select<>();
    private final ComboBox<ThemeItem> theme = new ComboBox<>();
    private final ComboBox<String> country = new ComboBox<>();
    private final ComboBox<GroupListItem> group = new ComboBox<>();
    private final Span count = new Span();
    private final Grid<PracticeListItem> grid = new Grid<>();

    PracticeLibraryView(PracticeService practices, ThemeService themes, GroupService groups) {
        this.practices = practices;
        addClassName("view");
        setSizeFull();

        type.setLabel(getTranslation("practice.library.type"));
        type.setItems(PracticeType.values());
        type.setEmptySelectionAllowed(true);
        type.setEmptySelectionCaption(getTranslation("common.any"));
        type.setItemLabelGenerator(t -> t == null ? getTranslation("common.any") : PracticeTexts.type(this, t));

        theme.setLabel(getTranslation("practice.field.themes"));
        theme.setPlaceholder(getTranslation("common.any"));
        theme.setItems(themes.list());
        theme.setItemLabelGenerator(t -> t.name(getLocale()));
        theme.setClearButtonVisible(true);

        country.setLabel(getTranslation("practice.field.country"));
        country.setPlaceholder(getTranslation("common.any"));
        country.setItems(Countries.sortedByName(getLocale()));
        country.setItemLabelGenerator(c -> Countries.name(c, getLocale()));
        country.setClearButtonVisible(true);

        group.setLabel(getTranslation("practice.library.group"));
        group.setPlaceholder(getTranslation("common.any"));
        group.setItems(groups.list());
        group.setItemLabelGenerator(GroupListItem::name);
        group.setClearButtonVisible(true);

        count.addClassName("muted");
        count.setId("practice-count");
        var filters = new Div(type, theme, country, group);
        filters.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.MEDIUM,
                LumoUtility.AlignItems.BASELINE);

        grid.addComponentColumn(p -> {
                    var cell = new Div(PracticeNavigation.linkTo(p.id(), p.slug(), p.title()));
                    if (p.hidden()) {
                        cell.add(ModerationMenu.badge(cell, "common.moderation.hidden"));
                    }
                    if (p.deleted()) {
                        cell.add(ModerationMenu.badge(cell, "common.moderation.deleted"));
                    }
                    return cell;
                })
                .setHeader(getTranslation("practice.field.title")).setFlexGrow(4);
        grid.addColumn(p -> PracticeTexts.type(this, p.type())).setHeader(getTranslation("practice.library.type"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> PracticeTexts.place(p.city(), p.country(), getLocale()))
                .setHeader(getTranslation("practice.view.place")).setFlexGrow(2);
        grid.addColumn(PracticeListItem::organisationName).setHeader(getTranslation("common.organisation"))
                .setFlexGrow(2);
        grid.addColumn(p -> PracticeTexts.themes(p.themes(), getLocale()))
                .setHeader(getTranslation("practice.field.themes")).setFlexGrow(2);
        grid.addColumn(p -> p.periodStart().getYear()).setHeader(getTranslation("practice.library.year"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("practice.library.empty"));
        grid.setItemsPageable(page -> practices.find(filter(), page).getContent());
        grid.setSizeFull();

        type.addValueChangeListener(e -> refresh());
        theme.addValueChangeListener(e -> refresh());
        country.addValueChangeListener(e -> refresh());
        group.addValueChangeListener(e -> refresh());

        add(new ViewToolbar(getTranslation("practice.library.title"), newButtons()), filters, count, grid);
        updateCount();
    }

    /** Researchers read the library; everyone else may write in it. */
    private Button[] newButtons() {
        if (CurrentUser.require().isResearcher()) {
            return new Button[0];
        }
        List<Button> buttons = new ArrayList<>();
        for (var t : PracticeType.values()) {
            var button = new Button(getTranslation("practice.new." + t.name()), VaadinIcon.PLUS.create(),
                    e -> UI.getCurrent().navigate(PracticeNavigation.newPath(PracticeEditorView.segment(t))));
            button.setId("new-" + PracticeEditorView.segment(t));
            buttons.add(button);
        }
        buttons.getFirst().addThemeVariants(ButtonVariant.PRIMARY);
        return buttons.toArray(Button[]::new);
    }

    /** Preselects the group named in the address, if the viewer may see it; an unknown one is ignored. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter(PracticeNavigation.GROUP_PARAMETER)
                .flatMap(RouteIds::parse)
                .flatMap(id -> group.getListDataView().getItems().filter(g -> g.id() == id).findFirst())
                .ifPresent(group::setValue);
    }

    private PracticeFilter filter() {
        var chosenTheme = theme.getValue();
        var chosenGroup = group.getValue();
        return new PracticeFilter(type.getValue(), chosenTheme == null ? null : chosenTheme.id(), country.getValue(),
                chosenGroup == null ? null : chosenGroup.id());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        updateCount();
    }

    /** One count query per filter change, not per page. */
    private void updateCount() {
        count.setText(getTranslation("practice.library.count", practices.count(filter())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("practice.library.title");
    }
}
