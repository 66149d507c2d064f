package eu.praxis.event.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import eu.praxis.base.Times;
import eu.praxis.base.ui.Actions;
import eu.praxis.base.ui.RouteIds;
import eu.praxis.base.ui.Toasts;
import eu.praxis.base.ui.ViewToolbar;
import eu.praxis.base.ui.ViewerTime;
import eu.praxis.event.EventAttendance;
import eu.praxis.event.EventAudience;
import eu.praxis.event.EventCalendar;
import eu.praxis.event.EventDetails;
import eu.praxis.event.EventPaths;
import eu.praxis.event.EventRegistrations;
import eu.praxis.event.EventScheduling;
import eu.praxis.event.EventStatus;
import eu.praxis.event.RegistrationItem;
import eu.praxis.event.RegistrationStatus;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An event's page: when (in the viewer's time zone, named), where, the description, places, and the viewer's
 * registration. The online link comes from the service only for people with a place and for organisers.
 * Organisers also edit, cancel, and see and export the registrations; once it has started they mark who attended.
 * The secretariat exports participation per organisation and country.
 */
@Route("events/:" + EventView.ID)
@PermitAll
class EventView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ID = "id";

    private final transient EventCalendar calendar;
    private final transient EventScheduling scheduling;
    private final transient EventRegistrations registrations;
    private final transient EventAttendance attendance;
    private @Nullable EventDetails event;

    EventView(
            EventCalendar calendar,
            EventScheduling scheduling,
            EventRegistrations registrations,
            EventAttendance attendance) {
        this.calendar = calendar;
        this.scheduling = scheduling;
        this.registrations = registrations;
        this.attendance = attendance;
        addClassNames("view", "event-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent enter) {
        show(calendar.get(RouteIds.require(enter.getRouteParameters(), ID)));
        if (ViewerTime.browserZone().isEmpty()) {
            // the browser's zone arrives after the first render; show the times again in it
            UI.getCurrent().getPage().retrieveExtendedClientDetails(details -> refresh());
        }
    }

    private void refresh() {
        if (event != null) {
            show(calendar.get(event.id()));
        }
    }

    private void show(EventDetails d) {
        event = d;
        removeAll();
        add(new ViewToolbar(d.title(), actions(d)));
        var locale = getLocale();
        var zone = ViewerTime.zone(d.timeZone());
        if (d.status() == EventStatus.CANCELLED) {
            var cancelled = new Span(getTranslation("event.status.CANCELLED"));
            cancelled.getElement().getThemeList().add("badge error");
            cancelled.setId("event-cancelled");
            add(cancelled);
        }
        var facts = new Div();
        facts.addClassName("event-facts");
        fact(facts, "event.field.kind", EventTexts.kind(this, d.kind()));
        var when = fact(facts, "event.view.when", Times.span(d.startsAt(), d.endsAt(), zone, locale));
        when.setId("event-when");
        if (!zone.equals(d.timeZone())) {
            fact(facts, "event.view.organiser-time", Times.span(d.startsAt(), d.endsAt(), d.timeZone(), locale));
        }
        if (d.place() != null) {
            fact(facts, "event.field.place", d.place());
        }
        if (d.online()) {
            var online = new Div(new Span(getTranslation("event.view.online") + ": "));
            if (d.onlineLink() != null) {
                var link = new Anchor(d.onlineLink(), d.onlineLink(), AnchorTarget.BLANK);
                link.getElement().setAttribute("rel", "noopener noreferrer");
                link.setId("online-link");
                online.add(link);
            } else {
                var hidden = new Span(getTranslation("event.view.link-after-registration"));
                hidden.setId("online-link-hidden");
                hidden.addClassName("muted");
                online.add(hidden);
            }
            facts.add(online);
        }
        if (d.groupName() != null) {
            // the organising group first, then the others it is for (a joint session)
            var names = new ArrayList<String>();
            names.add(d.groupName());
            d.otherGroups().values().stream()
                    .sorted(String.CASE_INSENSITIVE_ORDER)
                    .forEach(names::add);
            fact(
                            facts,
                            names.size() > 1 ? "event.field.groups" : "event.field.group",
                            String.join(", ", names)
                                    + (d.audience() == EventAudience.GROUP_MEMBERS
                                            ? " · " + getTranslation("event.view.members-only")
                                            : ""))
                    .setId("event-groups");
        }
        fact(
                facts,
                "event.field.capacity",
                d.capacity() == null
                        ? getTranslation("event.view.unlimited")
                        : getTranslation("event.view.places", d.capacity(), d.placesLeft()));
        if (d.waitingCount() > 0) {
            fact(facts, "event.view.waiting", Integer.toString(d.waitingCount()));
        }
        fact(facts, "event.field.deadline", Times.moment(d.registrationDeadline(), zone, locale));
        add(facts, registration(d));
        if (!d.descriptionHtml().isBlank()) {
            // the service rendered and sanitised it; the wrapper gives Html its one root element
            add(new Html("<div class=\"event-description\">" + d.descriptionHtml() + "</div>"));
        }
        if (d.mayEdit()) {
            add(registrations(d));
        }
    }

    private Span fact(Div facts, String labelKey, String value) {
        var text = new Span(value);
        var label = new Span(getTranslation(labelKey) + ": ");
        label.addClassName("muted");
        facts.add(new Div(label, text));
        return text;
    }

    private Component registration(EventDetails d) {
        var box = new Div();
        box.addClassName("event-registration");
        if (d.myRegistration() == RegistrationStatus.CONFIRMED) {
            var mine = new Paragraph(getTranslation("event.view.registered"));
            mine.setId("my-registration");
            box.add(mine);
        } else if (d.myRegistration() == RegistrationStatus.WAITING) {
            var mine = new Paragraph(getTranslation("event.view.waiting-position", d.waitingPosition()));
            mine.setId("my-registration");
            box.add(mine);
        }
        if (d.mayRegister()) {
            var full = d.placesLeft() != null && d.placesLeft() == 0;
            var register = new Button(
                    getTranslation(full ? "event.register.waiting-list" : "event.register"),
                    e -> Actions.attempt(this, () -> registrations.register(d.id()))
                            .ifPresent(status -> {
                                Toasts.success(this, "event.registered." + status.name());
                                refresh();
                            }));
            register.addThemeVariants(ButtonVariant.PRIMARY);
            register.setId("register");
            box.add(register);
        }
        if (d.mayCancelRegistration()) {
            var cancel = new Button(
                    getTranslation("event.unregister"),
                    e -> Actions.confirm(
                            this,
                            getTranslation("event.unregister.confirm.title", d.title()),
                            getTranslation("event.unregister.confirm.text"),
                            getTranslation("event.unregister"),
                            () -> Actions.perform(
                                    this,
                                    () -> registrations.cancelRegistration(d.id()),
                                    this::refresh,
                                    "event.unregistered",
                                    d.title())));
            cancel.setId("unregister");
            box.add(cancel);
        }
        return box;
    }

    private Component registrations(EventDetails d) {
        var section = new Div();
        section.addClassName("event-registrations");
        var heading = new H2(getTranslation("event.registrations.title", d.confirmedCount(), d.waitingCount()));
        var grid = new Grid<RegistrationItem>();
        grid.addColumn(RegistrationItem::name).setHeader(getTranslation("event.registrations.name"));
        grid.addColumn(RegistrationItem::organisationName)
                .setHeader(getTranslation("event.registrations.organisation"));
        grid.addColumn(RegistrationItem::email).setHeader(getTranslation("event.registrations.email"));
        grid.addColumn(r -> getTranslation("event.registration." + r.status().name()))
                .setHeader(getTranslation("event.registrations.status"));
        grid.addComponentColumn(r -> attended(d, r))
                .setHeader(getTranslation("event.registrations.attended"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setItems(registrations.registrations(d.id()));
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("event.registrations.empty"));
        grid.setId("registrations");
        // streamed when clicked, with the organiser's rights checked again by the service
        DownloadHandler csv = download -> {
            download.setFileName("registrations-" + d.id() + ".csv");
            download.setContentType("text/csv; charset=UTF-8");
            registrations.exportRegistrations(d.id(), download.getOutputStream());
        };
        var export = new Anchor(csv, getTranslation("event.registrations.export"));
        export.setId("export-registrations");
        section.add(heading, export);
        if (d.mayExportParticipation()) {
            DownloadHandler participation = download -> {
                download.setFileName("participation-" + d.id() + ".csv");
                download.setContentType("text/csv; charset=UTF-8");
                attendance.exportEventParticipation(d.id(), download.getOutputStream());
            };
            var perOrganisation = new Anchor(participation, getTranslation("event.participation.export"));
            perOrganisation.setId("export-participation");
            section.add(new Span(" · "), perOrganisation);
        }
        if (!d.mayRecordAttendance() && d.status() == EventStatus.SCHEDULED) {
            var later = new Paragraph(getTranslation("event.registrations.attendance-after-start"));
            later.addClassName("muted");
            section.add(later);
        }
        section.add(grid);
        return section;
    }

    /**
     * Whether a person with a place came: a box the organisers tick once the event has started; a failed mark is
     * undone on the screen.
     */
    private Component attended(EventDetails d, RegistrationItem r) {
        var box = new Checkbox(r.attended());
        box.setAriaLabel(getTranslation("event.registrations.attended-of", r.name()));
        box.setEnabled(d.mayRecordAttendance() && r.status() == RegistrationStatus.CONFIRMED);
        box.setId("attended-" + r.personId());
        box.addValueChangeListener(change -> {
            if (change.isFromClient()
                    && Actions.attempt(this, () -> {
                                attendance.record(d.id(), r.personId(), change.getValue());
                                return true;
                            })
                            .isEmpty()) {
                box.setValue(change.getOldValue());
            }
        });
        return box;
    }

    private Component[] actions(EventDetails d) {
        List<Component> actions = new ArrayList<>();
        var ics = new Anchor(EventPaths.icsFile(d.id()), getTranslation("event.view.ics"));
        ics.getElement().setAttribute("router-ignore", true);
        ics.getElement().setAttribute("download", true);
        ics.setId("download-ics");
        actions.add(ics);
        if (d.mayEdit() && d.status() == EventStatus.SCHEDULED) {
            var edit = new Button(
                    getTranslation("event.edit"),
                    VaadinIcon.EDIT.create(),
                    e -> new EventEditorDialog(scheduling, d, id -> refresh()).open());
            edit.setId("edit-event");
            actions.add(edit);
            var cancel = new Button(
                    getTranslation("event.cancel"),
                    e -> Actions.confirm(
                            this,
                            getTranslation("event.cancel.confirm.title", d.title()),
                            getTranslation("event.cancel.confirm.text"),
                            getTranslation("event.cancel"),
                            () -> Actions.perform(
                                    this,
                                    () -> scheduling.cancel(d.id()),
                                    this::refresh,
                                    "event.cancelled",
                                    d.title())));
            cancel.addThemeVariants(ButtonVariant.ERROR);
            cancel.setId("cancel-event");
            actions.add(cancel);
        }
        return actions.toArray(Component[]::new);
    }

    @Override
    public String getPageTitle() {
        return event != null ? event.title() : getTranslation("event.calendar.title");
    }
}
