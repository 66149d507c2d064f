package eu.praxis.event.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import eu.praxis.base.Times;
import eu.praxis.base.ui.ViewToolbar;
import eu.praxis.base.ui.ViewerTime;
import eu.praxis.event.CalendarFeedService;
import eu.praxis.event.EventAttendance;
import eu.praxis.event.EventCalendar;
import eu.praxis.event.EventFilter;
import eu.praxis.event.EventKind;
import eu.praxis.event.EventListItem;
import eu.praxis.event.EventScheduling;
import eu.praxis.event.EventStatus;
import eu.praxis.event.RegistrationStatus;
import eu.praxis.group.GroupDirectory;
import eu.praxis.group.GroupListItem;
import jakarta.annotation.security.PermitAll;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The calendar: upcoming events (soonest first), past events (latest first) or a month, filtered by kind, group
 * (an event is in the calendar of each of its groups) and "my registrations"; times in the viewer's zone. Below, the
 * personal calendar feed, and for the secretariat the participation export. Lists load page by page.
 */
@Route("events")
@Menu(order = 7, icon = "vaadin:calendar", title = "event.menu")
@PermitAll
class EventCalendarView extends VerticalLayout implements HasDynamicTitle {

    private final transient EventCalendar events;
    private final transient EventScheduling scheduling;
    final Select<EventKind> kind = new Select<>();
    final ComboBox<GroupListItem> group = new ComboBox<>();
    final Checkbox mine = new Checkbox();
    /** How the calendar shows the events. */
    enum Mode {
        UPCOMING,
        PAST,
        MONTH
    }

    /**
     * A radio group, not tabs: the modes show one list in three ways rather than separate panels, and
     * vaadin-tabs failed axe's aria-required-children (a focusable scroll container inside the tablist).
     */
    final RadioButtonGroup<Mode> modes = new RadioButtonGroup<>();

    final Grid<EventListItem> grid = new Grid<>();
    private final Div content = new Div();
    private @Nullable MonthGrid monthGrid;

    EventCalendarView(
            EventCalendar events,
            EventScheduling scheduling,
            EventAttendance attendance,
            GroupDirectory groups,
            CalendarFeedService feeds) {
        this.events = events;
        this.scheduling = scheduling;
        addClassName("view");

        kind.setLabel(getTranslation("event.field.kind"));
        kind.setItems(EventKind.values());
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption(getTranslation("common.any"));
        kind.setItemLabelGenerator(k -> k == null ? getTranslation("common.any") : EventTexts.kind(this, k));
        group.setLabel(getTranslation("event.field.group"));
        group.setPlaceholder(getTranslation("common.any"));
        group.setItems(groups.list());
        group.setItemLabelGenerator(GroupListItem::name);
        group.setClearButtonVisible(true);
        mine.setLabel(getTranslation("event.filter.mine"));
        mine.setId("filter-mine");
        var filters = new Div(kind, group, mine);
        filters.addClassNames(
                LumoUtility.Display.FLEX,
                LumoUtility.FlexWrap.WRAP,
                LumoUtility.Gap.MEDIUM,
                LumoUtility.AlignItems.BASELINE);

        modes.setId("calendar-mode");
        modes.setAriaLabel(getTranslation("event.calendar.mode"));
        modes.setItems(Mode.values());
        modes.setItemLabelGenerator(
                m -> getTranslation("event.calendar." + m.name().toLowerCase(Locale.ROOT)));
        modes.setValue(Mode.UPCOMING);

        grid.addComponentColumn(e -> EventNavigation.linkTo(e.id(), e.title()))
                .setHeader(getTranslation("event.field.title"))
                .setFlexGrow(4);
        grid.addColumn(e -> Times.span(e.startsAt(), e.endsAt(), zoneOf(e), getLocale()))
                .setHeader(getTranslation("event.view.when"))
                .setFlexGrow(3);
        grid.addColumn(e -> EventTexts.kind(this, e.kind()))
                .setHeader(getTranslation("event.field.kind"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(e -> e.place() != null ? e.place() : e.online() ? getTranslation("event.view.online") : "")
                .setHeader(getTranslation("event.field.place"))
                .setFlexGrow(2);
        grid.addColumn(e -> String.join(", ", e.groupNames()))
                .setHeader(getTranslation("event.field.group"))
                .setFlexGrow(2);
        grid.addComponentColumn(this::state)
                .setHeader(getTranslation("event.calendar.state"))
                .setFlexGrow(2);
        grid.addThemeVariants(GridVariant.ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("event.calendar.empty"));
        grid.setItemsPageable(
                page -> (modes.getValue() == Mode.PAST ? events.past(filter(), page) : events.upcoming(filter(), page))
                        .getContent());
        grid.setAllRowsVisible(false);
        grid.setHeight("28rem");
        grid.setId("events-grid");

        content.setWidthFull();
        content.add(grid);

        modes.addValueChangeListener(e -> showMode());
        kind.addValueChangeListener(e -> refresh());
        group.addValueChangeListener(e -> refresh());
        mine.addValueChangeListener(e -> refresh());

        add(
                new ViewToolbar(getTranslation("event.calendar.title"), newButton()),
                filters,
                modes,
                content,
                new CalendarFeedPanel(feeds));
        if (attendance.mayExportParticipation()) {
            add(new ParticipationExportPanel(attendance));
        }
    }

    private Button[] newButton() {
        if (!scheduling.mayScheduleAny()) {
            return new Button[0];
        }
        var button = new Button(
                getTranslation("event.new"),
                VaadinIcon.PLUS.create(),
                e -> new EventEditorDialog(
                                scheduling, null, id -> UI.getCurrent().navigate(EventNavigation.path(id)))
                        .open());
        button.addThemeVariants(ButtonVariant.PRIMARY);
        button.setId("new-event");
        return new Button[] {button};
    }

    /** The viewer's zone when the browser told it, otherwise the event's own. */
    private static ZoneId zoneOf(EventListItem e) {
        return ViewerTime.zone(e.timeZone());
    }

    private Span state(EventListItem e) {
        String text;
        String theme;
        if (e.status() == EventStatus.CANCELLED) {
            text = getTranslation("event.status.CANCELLED");
            theme = "badge error";
        } else if (e.myRegistration() == RegistrationStatus.CONFIRMED) {
            text = getTranslation("event.registration.CONFIRMED");
            theme = "badge success";
        } else if (e.myRegistration() == RegistrationStatus.WAITING) {
            text = getTranslation("event.registration.WAITING");
            theme = "badge";
        } else if (e.placesLeft() != null) {
            text = getTranslation("event.calendar.places-left", e.placesLeft());
            theme = e.placesLeft() == 0 ? "badge contrast" : "badge";
        } else {
            return new Span();
        }
        var badge = new Span(text);
        badge.getElement().getThemeList().add(theme);
        return badge;
    }

    EventFilter filter() {
        return new EventFilter(
                kind.getValue(),
                group.getValue() == null ? null : group.getValue().id(),
                mine.getValue(),
                null);
    }

    private void showMode() {
        content.removeAll();
        if (modes.getValue() == Mode.MONTH) {
            content.add(loadMonth());
        } else {
            content.add(grid);
            grid.getDataProvider().refreshAll();
        }
    }

    private void refresh() {
        if (modes.getValue() == Mode.MONTH) {
            loadMonth();
        } else {
            grid.getDataProvider().refreshAll();
        }
    }

    /** The month, made when first shown (the list is what most people open), otherwise reloaded. */
    private MonthGrid loadMonth() {
        if (monthGrid == null) {
            var zone = ViewerTime.zone(ZoneOffset.UTC);
            monthGrid = new MonthGrid(YearMonth.now(zone), zone, (from, to) -> events.between(filter(), from, to));
        } else {
            monthGrid.refresh();
        }
        return monthGrid;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("event.calendar.title");
    }
}
