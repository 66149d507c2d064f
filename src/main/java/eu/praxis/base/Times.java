package eu.praxis.base;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * How a moment reads, in a given zone and language, always with the zone named: the one formatter of dates and
 * times for views (in the viewer's zone, {@code base.ui.ViewerTime}) and mails (in the event's zone).
 */
public final class Times {

    private Times() {}

    /** "12 Mar 2026, 14:00 – 15:30 (Central European Time)"; both dates when it spans days. */
    public static String span(Instant start, Instant end, ZoneId zone, Locale language) {
        var dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(language)
                .withZone(zone);
        var time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                .withLocale(language)
                .withZone(zone);
        var sameDay = start.atZone(zone).toLocalDate().equals(end.atZone(zone).toLocalDate());
        return dateTime.format(start) + " – " + (sameDay ? time : dateTime).format(end) + " ("
                + zoneName(zone, start, language) + ")";
    }

    /** A moment with its zone named, e.g. a registration deadline or when a reply was posted. */
    public static String moment(Instant instant, ZoneId zone, Locale language) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(language)
                        .withZone(zone)
                        .format(instant)
                + " (" + zoneName(zone, instant, language) + ")";
    }

    /** A day, e.g. when a practice was published; the zone decides which day, so it is not named. */
    public static String date(Instant instant, ZoneId zone, Locale language) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(language)
                .withZone(zone)
                .format(instant);
    }

    /** The zone's name in the language, summer or winter time as it applies at that moment. */
    private static String zoneName(ZoneId zone, Instant at, Locale language) {
        var daylight = zone.getRules().isDaylightSavings(at);
        var name = java.util.TimeZone.getTimeZone(zone).getDisplayName(daylight, java.util.TimeZone.LONG, language);
        return name.isBlank() ? zone.getDisplayName(TextStyle.FULL, language) : name;
    }
}
