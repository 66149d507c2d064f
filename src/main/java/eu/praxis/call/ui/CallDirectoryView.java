package eu.praxis.call.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility;
import eu.praxis.base.ui.ViewToolbar;
import eu.praxis.base.ui.ViewerTime;
import eu.praxis.call.CallBoard;
import eu.praxis.call.CallFilter;
import eu.praxis.call.CallKind;
import eu.praxis.call.CallListItem;
import eu.praxis.call.CallPaths;
import eu.praxis.practice.ThemeItem;
import eu.praxis.practice.ThemeService;
import jakarta.annotation.security.PermitAll;
import java.util.Objects;

/** The directory of calls the viewer may read, open ones first, filtered by kind and theme. */
@Route(CallDirectoryView.PATH)
@Menu(order = 9, icon = "vaadin:megaphone", title = "call.menu")
@PermitAll
class CallDirectoryView extends VerticalLayout implements HasDynamicTitle {

    static final String PATH = CallPaths.DIRECTORY;

    private final CallBoard calls;
    private final Select<CallKind> kind = new Select<>();
    private final ComboBox<ThemeItem> theme = new ComboBox<>();
    private final Grid<CallListItem> grid = new Grid<>();

    CallDirectoryView(CallBoard calls, CallEditors editors, ThemeService themes) {
        this.calls = calls;
        addClassName("view");
        setSizeFull();

        kind.setLabel(getTranslation("call.kind"));
        kind.setItems(CallKind.values());
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption(getTranslation("common.any"));
        kind.setItemLabelGenerator(k -> k == null ? getTranslation("common.any") : getTranslation("call.kind." + k));

        theme.setLabel(getTranslation("call.theme"));
        theme.setPlaceholder(getTranslation("common.any"));
        theme.setItems(themes.list());
        theme.setItemLabelGenerator(t -> t.name(getLocale()));
        theme.setClearButtonVisible(true);

        var filters = new Div(kind, theme);
        filters.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.MEDIUM);

        grid.addComponentColumn(c -> new RouterLink(c.title(), CallView.class, CallView.parameters(c.id())))
                .setHeader(getTranslation("call.title"))
                .setWidth("22em")
                .setFlexGrow(3);
        grid.addColumn(c -> getTranslation("call.kind." + c.kind()))
                .setHeader(getTranslation("call.kind"))
                .setAutoWidth(true);
        grid.addColumn(c -> ViewerTime.moment(c.deadline()))
                .setHeader(getTranslation("call.deadline"))
                .setAutoWidth(true);
        grid.addComponentColumn(c -> CallTexts.open(this, c.open()))
                .setHeader(getTranslation("call.state"))
                .setAutoWidth(true);
        grid.addColumn(c -> Objects.requireNonNullElse(c.projectAcronym(), ""))
                .setHeader(getTranslation("call.project"))
                .setAutoWidth(true);
        grid.addComponentColumn(c -> c.myAnswer() == null ? new Span() : CallTexts.answer(this, c.myAnswer()))
                .setHeader(getTranslation("call.my-answer"))
                .setAutoWidth(true);
        grid.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("call.directory.empty"));
        grid.setSizeFull();

        kind.addValueChangeListener(e -> refresh());
        theme.addValueChangeListener(e -> refresh());

        var toolbar = calls.mayAdminister()
                ? new ViewToolbar(getTranslation("call.directory.title"), newCall(editors))
                : new ViewToolbar(getTranslation("call.directory.title"));
        add(toolbar, filters, grid);
        refresh();
    }

    private Button newCall(CallEditors editors) {
        var button = new Button(
                getTranslation("call.new"),
                e -> editors.open(
                        null, id -> getUI().ifPresent(ui -> ui.navigate(CallView.class, CallView.parameters(id)))));
        button.addThemeVariants(ButtonVariant.PRIMARY);
        button.getElement().setAttribute("data-action", "new-call");
        return button;
    }

    private void refresh() {
        var chosenTheme = theme.getValue();
        grid.setItems(calls.list(new CallFilter(kind.getValue(), chosenTheme == null ? null : chosenTheme.id())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("call.directory.title");
    }
}
