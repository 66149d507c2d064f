package eu.praxis.organisation;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** ISO 3166 alpha-2 codes of the countries member organisations may come from (Council of Europe area). */
public final class Countries {

    public static final List<String> CODES = List.of(
            "AD", "AL", "AM", "AT", "AZ", "BA", "BE", "BG", "CH", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GB",
            "GE", "GR", "HR", "HU", "IE", "IS", "IT", "LI", "LT", "LU", "LV", "MC", "MD", "ME", "MK", "MT", "NL", "NO",
            "PL", "PT", "RO", "RS", "SE", "SI", "SK", "SM", "TR", "UA");

    private static final Set<String> VALID = Set.copyOf(CODES);

    private Countries() {}

    public static boolean isValid(String code) {
        return VALID.contains(code);
    }

    public static String name(String code, Locale language) {
        return Locale.of("", code).getDisplayCountry(language);
    }

    /** The codes sorted by their name in the given language, for selection lists. */
    public static List<String> sortedByName(Locale language) {
        return CODES.stream()
                .sorted(Comparator.comparing(c -> name(c, language)))
                .toList();
    }
}
