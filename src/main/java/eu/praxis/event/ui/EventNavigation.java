package eu.praxis.event.ui;

import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import eu.praxis.event.EventPaths;

/** Addresses of the event views, for links inside this feature. */
final class EventNavigation {

    private EventNavigation() {}

    static String path(long eventId) {
        return EventPaths.event(eventId);
    }

    static RouterLink linkTo(long eventId, String title) {
        var link = new RouterLink(EventView.class, new RouteParameters(EventView.ID, Long.toString(eventId)));
        link.setText(title);
        return link;
    }
}
