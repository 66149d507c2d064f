package eu.praxis.practice.ui;

import com.vaadin.flow.component.Component;
import eu.praxis.organisation.Countries;
import eu.praxis.practice.PracticeLanguages;
import eu.praxis.practice.PracticeType;
import eu.praxis.practice.ThemeItem;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** How the practice views write places, periods, dates, themes and types, the same way everywhere. */
final class PracticeTexts {

    private PracticeTexts() {}

    static String type(Component source, PracticeType type) {
        return source.getTranslation("practice.type." + type.name());
    }

    /** "Turin, Italy", or just the country. */
    static String place(@Nullable String city, String country, Locale locale) {
        var countryName = Countries.name(country, locale);
        return city == null || city.isBlank() ? countryName : city + ", " + countryName;
    }

    /** "1 Jan 2024 – 30 Jun 2025", or the start followed by a dash while it runs. */
    static String period(LocalDate start, @Nullable LocalDate end, Locale locale) {
        var format = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        return format.format(start) + " – " + (end == null ? "" : format.format(end));
    }

    static String themes(List<ThemeItem> themes, Locale locale) {
        return themes.stream().map(t -> t.name(locale)).collect(Collectors.joining(", "));
    }

    static String language(String code, Locale locale) {
        return PracticeLanguages.name(code, locale);
    }
}
