package eu.praxis.event.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouterLink;
import eu.praxis.base.ui.Actions;
import eu.praxis.base.ui.ViewerTime;
import eu.praxis.event.EventCalendar;
import eu.praxis.event.EventFilter;
import eu.praxis.event.EventListItem;
import eu.praxis.event.EventRegistrations;
import eu.praxis.event.RegistrationStatus;
import eu.praxis.group.ui.HomePageSection;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;

/**
 * The next events the person may attend, of their groups and of the whole network, on the home page: each with a
 * Register button until they have a place (the service decides whether they may).
 */
@org.springframework.stereotype.Component
class UpcomingEventsOnHome implements HomePageSection {

    private static final int SHOWN = 5;

    private final EventCalendar calendar;
    private final EventRegistrations registrations;

    UpcomingEventsOnHome(EventCalendar calendar, EventRegistrations registrations) {
        this.calendar = calendar;
        this.registrations = registrations;
    }

    @Override
    public Optional<Component> create() {
        var section = new Section();
        section.setId("home-events");
        section.addClassName("home-section");
        section.add(new H2(section.getTranslation("event.home.title")));
        var events =
                calendar.upcoming(EventFilter.any(), PageRequest.of(0, SHOWN)).getContent();
        if (events.isEmpty()) {
            var none = new Paragraph(section.getTranslation("event.home.none"));
            none.addClassName("muted");
            section.add(none);
        } else {
            var list = new UnorderedList();
            events.forEach(event -> list.add(line(section, event)));
            section.add(list);
        }
        section.add(new RouterLink(section.getTranslation("event.home.all"), EventCalendarView.class));
        return Optional.of(section);
    }

    private ListItem line(Component context, EventListItem event) {
        var when = new Span(ViewerTime.moment(event.startsAt()) + " · ");
        when.addClassName("muted");
        var where = new Span(" · "
                + (event.groupNames().isEmpty()
                        ? context.getTranslation("event.home.network")
                        : String.join(", ", event.groupNames())));
        where.addClassName("muted");
        var item = new ListItem(when, EventNavigation.linkTo(event.id(), event.title()), where);
        var mine = event.myRegistration();
        if (mine != null) {
            item.add(registered(context, mine));
        } else if (event.mayRegister()) {
            var register = new Button(context.getTranslation("event.register"));
            register.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
            register.getElement().setAttribute("data-register", Long.toString(event.id()));
            register.addClickListener(e -> Actions.attempt(context, () -> registrations.register(event.id()))
                    .ifPresent(status -> item.replace(register, registered(context, status))));
            item.add(register);
        }
        return item;
    }

    private static Span registered(Component context, RegistrationStatus status) {
        var badge = new Span(context.getTranslation("event.home.registered." + status));
        badge.addClassNames("group-badge", "group-badge-success");
        return badge;
    }

    @Override
    public int order() {
        return 10;
    }
}
