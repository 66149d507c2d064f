package eu.praxis.event.ui;

import com.vaadin.flow.component.Component;
import eu.praxis.event.EventKind;

/** Texts shared by the event views. */
final class EventTexts {

    private EventTexts() {}

    static String kind(Component c, EventKind kind) {
        return c.getTranslation("event.kind." + kind.name());
    }
}
