package eu.praxis.event.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import eu.praxis.event.EventKind;
import java.time.ZoneId;
import java.util.Optional;

/** Texts and the viewer's time zone, shared by the event views. */
final class EventTexts {

    private EventTexts() {
    }

    static String kind(Component c, EventKind kind) {
        return c.getTranslation("event.kind." + kind.name());
    }

    /**
     * The viewer's time zone as the browser reports it, or {@code fallback} (the event's) before the browser
     * has told it or when it names a zone Java does not know.
     */
    static ZoneId viewerZone(ZoneId fallback) {
        return browserZone().orElse(fallback);
    }

    static Optional<ZoneId> browserZone() {
        var ui = UI.getCurrent();
        var details = ui == null ? null : ui.getPage().getExtendedClientDetails();
        var id = details == null ? null : details.getTimeZoneId();
        if (id == null || id.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(id));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }
}
