package eu.praxis.notification.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import eu.praxis.base.ui.Actions;
import eu.praxis.base.ui.Toasts;
import eu.praxis.base.ui.ViewToolbar;
import eu.praxis.event.EventPaths;
import eu.praxis.event.EventRegistrations;
import eu.praxis.notification.RegisterLinks;
import jakarta.annotation.security.PermitAll;

/**
 * Where the one-click register link of a new event's mail leads, after the login if need be: a link made for the
 * logged-in person registers them (a place, or the waiting list) and goes on to the event's page, which says how it
 * went; a refusal (registration closed, already registered) is said there too. A link that is not theirs changes
 * nothing and says so.
 */
@Route(RegisterLinks.PATH + "/:" + RegisterLinkView.TOKEN)
@PermitAll
class RegisterLinkView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String TOKEN = "token";

    private final transient RegisterLinks links;
    private final transient EventRegistrations registrations;

    RegisterLinkView(RegisterLinks links, EventRegistrations registrations) {
        this.links = links;
        this.registrations = registrations;
        addClassName("view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent enter) {
        var token = enter.getRouteParameters().get(TOKEN).orElse("");
        links.eventOf(token)
                .ifPresentOrElse(
                        eventId -> {
                            Actions.attempt(this, () -> registrations.register(eventId))
                                    .ifPresent(status -> Toasts.success(this, "event.registered." + status.name()));
                            enter.forwardTo(EventPaths.event(eventId));
                        },
                        () -> add(
                                new ViewToolbar(getTranslation("notification.register.invalid.title")),
                                new Paragraph(getTranslation("notification.register.invalid.text"))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notification.register.invalid.title");
    }
}
