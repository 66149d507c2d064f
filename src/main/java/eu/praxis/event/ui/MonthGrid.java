package eu.praxis.event.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.theme.lumo.LumoUtility;
import eu.praxis.event.EventListItem;
import eu.praxis.event.EventStatus;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.function.BiFunction;

/**
 * A month as a grid of weeks (Monday first, as in Europe), built from plain divs: each day lists the events
 * that take place on it, in the viewer's zone; an event over several days appears on each.
 */
final class MonthGrid extends Composite<Div> {

    private final transient BiFunction<Instant, Instant, List<EventListItem>> load;
    private final ZoneId zone;
    private YearMonth month;
    private final H2 title = new H2();
    private final Div days = new Div();

    /** @param load the events overlapping a period, from the service */
    MonthGrid(YearMonth month, ZoneId zone, BiFunction<Instant, Instant, List<EventListItem>> load) {
        this.month = month;
        this.zone = zone;
        this.load = load;
        var previous = new Button(VaadinIcon.ANGLE_LEFT.create(), e -> show(this.month.minusMonths(1)));
        previous.setAriaLabel(getTranslation("event.month.previous"));
        previous.setId("month-previous");
        var next = new Button(VaadinIcon.ANGLE_RIGHT.create(), e -> show(this.month.plusMonths(1)));
        next.setAriaLabel(getTranslation("event.month.next"));
        next.setId("month-next");
        for (var b : List.of(previous, next)) {
            b.addThemeVariants(ButtonVariant.TERTIARY);
        }
        title.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.Margin.NONE);
        title.setId("month-title");
        var header = new Div(previous, title, next);
        header.addClassNames(LumoUtility.Display.FLEX, LumoUtility.AlignItems.CENTER, LumoUtility.Gap.SMALL);
        days.addClassName("month-grid");
        getContent().add(header, days);
        show(month);
    }

    void refresh() {
        show(month);
    }

    private void show(YearMonth shown) {
        month = shown;
        var locale = getLocale();
        title.setText(shown.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, locale) + " " + shown.getYear());
        days.removeAll();
        var first = shown.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        var last = shown.atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        var events = load.apply(
                first.atStartOfDay(zone).toInstant(),
                last.plusDays(1).atStartOfDay(zone).toInstant());
        for (var d = DayOfWeek.MONDAY; ; d = d.plus(1)) {
            var name = new Div(new Span(d.getDisplayName(TextStyle.SHORT, locale)));
            name.addClassName("month-day-name");
            days.add(name);
            if (d == DayOfWeek.SUNDAY) {
                break;
            }
        }
        var time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                .withLocale(locale)
                .withZone(zone);
        for (var day = first; !day.isAfter(last); day = day.plusDays(1)) {
            var cell = new Div();
            cell.addClassName("month-day");
            if (!YearMonth.from(day).equals(shown)) {
                cell.addClassName("other-month");
            }
            if (day.equals(LocalDate.now(zone))) {
                cell.addClassName("today");
            }
            cell.getElement().setAttribute("data-date", day.toString());
            cell.add(new Span(Integer.toString(day.getDayOfMonth())));
            for (var event : onDay(events, day)) {
                var link = EventNavigation.linkTo(event.id(), time.format(event.startsAt()) + " " + event.title());
                link.addClassName("month-event");
                if (event.status() == EventStatus.CANCELLED) {
                    link.addClassName("cancelled");
                }
                cell.add(new Div(link));
            }
            days.add(cell);
        }
    }

    private List<EventListItem> onDay(List<EventListItem> events, LocalDate day) {
        return events.stream()
                .filter(e -> {
                    var start = e.startsAt().atZone(zone).toLocalDate();
                    // an event ending at midnight does not take place on the next day
                    var end = e.endsAt().minusNanos(1).atZone(zone).toLocalDate();
                    return !day.isBefore(start) && !day.isAfter(end);
                })
                .toList();
    }
}
