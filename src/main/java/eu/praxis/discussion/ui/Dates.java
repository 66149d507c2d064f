package eu.praxis.discussion.ui;

import com.vaadin.flow.component.UI;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Dates of posts and activity, in the viewer's language and the server's time zone. */
final class Dates {

    private Dates() {
    }

    static String format(Instant instant) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(UI.getCurrent().getLocale()).withZone(ZoneId.systemDefault()).format(instant);
    }
}
