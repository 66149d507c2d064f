package eu.praxis.practice;

import java.util.Locale;

/** A theme of the curated list, with its name in both interface languages. */
public record ThemeItem(long id, String code, String nameEn, String nameFr, boolean active) {

    public String name(Locale language) {
        return language.getLanguage().equals(Locale.FRENCH.getLanguage()) ? nameFr : nameEn;
    }
}
