package eu.praxis.base.ui;

import com.vaadin.flow.component.UI;
import eu.praxis.base.Times;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Dates and times as the viewer reads them: in the time zone the browser reports, in the UI's language, through
 * {@link Times}. Before the browser has told its zone (or when it names one Java does not know), the server's zone
 * stands in, still named, so that a time is never shown without saying in which zone.
 */
public final class ViewerTime {

    private ViewerTime() {}

    /** "5 Dec 2026, 08:00 (Central European Standard Time)". */
    public static String moment(Instant instant) {
        return Times.moment(instant, zone(), UI.getCurrent().getLocale());
    }

    /** "5 Dec 2026", the day in the viewer's zone. */
    public static String date(Instant instant) {
        return Times.date(instant, zone(), UI.getCurrent().getLocale());
    }

    /** The viewer's zone, or the server's until the browser has told it. */
    public static ZoneId zone() {
        return zone(ZoneId.systemDefault());
    }

    /** The viewer's zone, or {@code fallback} (e.g. an event's own zone) until the browser has told it. */
    public static ZoneId zone(ZoneId fallback) {
        return browserZone().orElse(fallback);
    }

    /** The zone the browser reported, if it has. */
    public static Optional<ZoneId> browserZone() {
        var ui = UI.getCurrent();
        var details = ui == null ? null : ui.getPage().getExtendedClientDetails();
        var id = details == null ? null : details.getTimeZoneId();
        if (id == null || id.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(id));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
