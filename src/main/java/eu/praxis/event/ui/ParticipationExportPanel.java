package eu.praxis.event.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.theme.lumo.LumoUtility;
import eu.praxis.base.ui.ViewerTime;
import eu.praxis.event.EventAttendance;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The secretariat's export of participation per organisation and country across the events of a period (days in
 * the viewer's zone, both included); the service checks the rights again when the file is fetched.
 */
final class ParticipationExportPanel extends Composite<Div> {

    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    /** The period as instants, kept up to date in the UI's thread; the download reads them in its own. */
    private volatile Instant periodStart = Instant.EPOCH;

    private volatile Instant periodEnd = Instant.EPOCH;

    ParticipationExportPanel(EventAttendance attendance) {
        var today = LocalDate.now(ViewerTime.zone());
        from.setLabel(getTranslation("event.participation.from"));
        from.setValue(today.withDayOfYear(1));
        from.setRequired(true);
        to.setLabel(getTranslation("event.participation.to"));
        to.setValue(today);
        to.setRequired(true);
        from.addValueChangeListener(e -> period());
        to.addValueChangeListener(e -> period());
        period();

        DownloadHandler csv = download -> {
            download.setFileName("participation.csv");
            download.setContentType("text/csv; charset=UTF-8");
            attendance.exportParticipation(periodStart, periodEnd, download.getOutputStream());
        };
        var export = new Anchor(csv, getTranslation("event.participation.export"));
        export.setId("export-period-participation");

        var fields = new Div(from, to, export);
        fields.addClassNames(
                LumoUtility.Display.FLEX,
                LumoUtility.FlexWrap.WRAP,
                LumoUtility.Gap.MEDIUM,
                LumoUtility.AlignItems.BASELINE);
        getContent().addClassName("participation-export");
        getContent()
                .add(
                        new H2(getTranslation("event.participation.title")),
                        new Paragraph(getTranslation("event.participation.intro")),
                        fields);
    }

    /** The days from the first to the last, both included, in the viewer's zone; a period never ends before it starts. */
    private void period() {
        var first = from.getValue() == null ? LocalDate.now(ViewerTime.zone()) : from.getValue();
        var last = to.getValue() == null || to.getValue().isBefore(first) ? first : to.getValue();
        to.setMin(first);
        from.setMax(last);
        var zone = ViewerTime.zone();
        periodStart = first.atStartOfDay(zone).toInstant();
        periodEnd = last.plusDays(1).atStartOfDay(zone).toInstant();
    }
}
