package eu.praxis.benchmark;

import java.util.ArrayList;
import java.util.Set;

/**
 * One query of the mix: the text as a user types it (simple query syntax: words, "phrases") and the
 * facet filters ticked; empty sets mean "any". Theme filters are theme codes, kinds are
 * {@code SHEET}/{@code CASE_STUDY}.
 */
record BenchQuery(
        String shape,
        String text,
        Set<String> kinds,
        Set<String> themes,
        Set<String> countries,
        Set<Integer> years,
        Set<String> languages) {

    BenchQuery {
        kinds = Set.copyOf(kinds);
        themes = Set.copyOf(themes);
        countries = Set.copyOf(countries);
        years = Set.copyOf(years);
        languages = Set.copyOf(languages);
    }

    boolean filtered() {
        return !(kinds.isEmpty() && themes.isEmpty() && countries.isEmpty() && years.isEmpty() && languages.isEmpty());
    }

    @Override
    public String toString() {
        var filters = new ArrayList<String>();
        if (!kinds.isEmpty()) {
            filters.add("kind=" + kinds);
        }
        if (!themes.isEmpty()) {
            filters.add("theme=" + themes);
        }
        if (!countries.isEmpty()) {
            filters.add("country=" + countries);
        }
        if (!years.isEmpty()) {
            filters.add("year=" + years);
        }
        if (!languages.isEmpty()) {
            filters.add("language=" + languages);
        }
        return shape + " [" + text + "]" + (filters.isEmpty() ? "" : " " + String.join(" ", filters));
    }
}
