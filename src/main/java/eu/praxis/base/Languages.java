package eu.praxis.base;

import java.util.List;
import java.util.Locale;

/** The languages the user interface is translated into; the first one is the fallback. */
public final class Languages {

    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.FRENCH);

    private Languages() {}

    /** The supported language closest to {@code wanted}, English if none matches. */
    public static Locale closest(Locale wanted) {
        return SUPPORTED.stream()
                .filter(l -> l.getLanguage().equals(wanted.getLanguage()))
                .findFirst()
                .orElse(SUPPORTED.getFirst());
    }

    public static Locale fromTag(String languageTag) {
        return closest(Locale.forLanguageTag(languageTag));
    }
}
