package eu.praxis.project.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
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
import eu.praxis.organisation.Countries;
import eu.praxis.practice.ThemeItem;
import eu.praxis.practice.ThemeService;
import eu.praxis.project.ProjectDirectory;
import eu.praxis.project.ProjectFilter;
import eu.praxis.project.ProjectListItem;
import eu.praxis.project.ProjectStatus;
import jakarta.annotation.security.PermitAll;
import java.util.stream.Collectors;

/** The directory of European projects, filtered by status, theme, programme and partner country. */
@Route(ProjectDirectoryView.PATH)
@Menu(order = 8, icon = "vaadin:globe", title = "project.menu")
@PermitAll
class ProjectDirectoryView extends VerticalLayout implements HasDynamicTitle {

    static final String PATH = eu.praxis.project.ProjectPaths.DIRECTORY;

    private final ProjectDirectory projects;
    private final Select<ProjectStatus> status = new Select<>();
    private final ComboBox<ThemeItem> theme = new ComboBox<>();
    private final ComboBox<String> programme = new ComboBox<>();
    private final ComboBox<String> country = new ComboBox<>();
    private final Grid<ProjectListItem> grid = new Grid<>();

    ProjectDirectoryView(ProjectDirectory projects, ProjectEditors editors, ThemeService themes) {
        this.projects = projects;
        addClassName("view");
        setSizeFull();

        status.setLabel(getTranslation("project.status"));
        status.setItems(ProjectStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("common.any"));
        status.setItemLabelGenerator(
                s -> s == null ? getTranslation("common.any") : getTranslation("project.status." + s));

        theme.setLabel(getTranslation("project.theme"));
        theme.setPlaceholder(getTranslation("common.any"));
        theme.setItems(themes.list());
        theme.setItemLabelGenerator(t -> t.name(getLocale()));
        theme.setClearButtonVisible(true);

        programme.setLabel(getTranslation("project.programme"));
        programme.setPlaceholder(getTranslation("common.any"));
        programme.setItems(projects.programmes());
        programme.setClearButtonVisible(true);

        country.setLabel(getTranslation("project.country"));
        country.setPlaceholder(getTranslation("common.any"));
        country.setItems(Countries.sortedByName(getLocale()));
        country.setItemLabelGenerator(c -> Countries.name(c, getLocale()));
        country.setClearButtonVisible(true);

        var filters = new Div(status, theme, programme, country);
        filters.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.MEDIUM);

        grid.addComponentColumn(p -> new RouterLink(p.acronym(), ProjectView.class, ProjectView.parameters(p.id())))
                .setHeader(getTranslation("project.acronym"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(ProjectListItem::title)
                .setHeader(getTranslation("project.title"))
                .setFlexGrow(3);
        grid.addColumn(ProjectListItem::programme).setHeader(getTranslation("project.programme"));
        grid.addColumn(p -> ProjectTexts.period(this, p.startsOn(), p.endsOn()))
                .setHeader(getTranslation("project.period"))
                .setAutoWidth(true);
        grid.addComponentColumn(p -> ProjectTexts.status(this, p.status()))
                .setHeader(getTranslation("project.status"))
                .setAutoWidth(true);
        grid.addColumn(this::partners)
                .setHeader(getTranslation("project.partners"))
                .setFlexGrow(2);
        grid.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("project.directory.empty"));
        grid.setSizeFull();

        status.addValueChangeListener(e -> refresh());
        theme.addValueChangeListener(e -> refresh());
        programme.addValueChangeListener(e -> refresh());
        country.addValueChangeListener(e -> refresh());

        var toolbar = projects.mayAdminister()
                ? new ViewToolbar(getTranslation("project.directory.title"), newProject(editors))
                : new ViewToolbar(getTranslation("project.directory.title"));
        add(toolbar, filters, grid);
        refresh();
    }

    private Button newProject(ProjectEditors editors) {
        var button = new Button(
                getTranslation("project.new"),
                e -> editors.open(
                        null,
                        id -> getUI().ifPresent(ui -> ui.navigate(ProjectView.class, ProjectView.parameters(id)))));
        button.addThemeVariants(ButtonVariant.PRIMARY);
        button.getElement().setAttribute("data-action", "new-project");
        return button;
    }

    /** The lead, then the partners' countries. */
    private String partners(ProjectListItem project) {
        var countries = project.countries().stream()
                .map(c -> Countries.name(c, getLocale()))
                .collect(Collectors.joining(", "));
        var lead = project.leadName() == null ? "" : project.leadName() + " · ";
        return lead + getTranslation("project.partners.count", project.partnerCount()) + " (" + countries + ")";
    }

    private void refresh() {
        grid.setItems(projects.list(filter()));
    }

    private ProjectFilter filter() {
        var chosenTheme = theme.getValue();
        return new ProjectFilter(
                status.getValue(),
                chosenTheme == null ? null : chosenTheme.id(),
                programme.getValue(),
                country.getValue());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("project.directory.title");
    }
}
