package eu.praxis.practice;

import java.util.List;
import java.util.Locale;

/** ISO 639-1 codes of the languages a practice may be written in: those of the network's member countries. */
public final class PracticeLanguages {

    public static final List<String> CODES = List.of(
            "en", "fr", "de", "es", "it", "nl", "pt", "pl", "sv", "da", "fi", "lv", "lt", "et", "el", "sl", "hr", "cs",
            "sk", "hu", "ro", "bg", "ca");

    private PracticeLanguages() {}

    public static boolean isValid(String code) {
        return CODES.contains(code);
    }

    public static String name(String code, Locale language) {
        return Locale.of(code).getDisplayLanguage(language);
    }
}
