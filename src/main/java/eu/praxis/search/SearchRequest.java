package eu.praxis.search;

import eu.praxis.practice.EvidenceLevel;
import java.util.Set;

/**
 * A search as typed and narrowed by the user. {@code query} uses the simple query syntax (words,
 * "quoted phrases", -exclusions, OR); blank means "everything the searcher may see". Empty facet
 * sets mean "any"; values within one facet combine with OR, facets with each other with AND.
 */
public record SearchRequest(
        String query,
        SearchScope scope,
        Set<ResultKind> kinds,
        Set<Long> themeIds,
        Set<Long> groupIds,
        Set<String> countries,
        Set<String> cities,
        Set<Integer> years,
        Set<String> languages,
        Set<EvidenceLevel> evidenceLevels,
        SearchSort sort) {

    public SearchRequest {
        kinds = Set.copyOf(kinds);
        themeIds = Set.copyOf(themeIds);
        groupIds = Set.copyOf(groupIds);
        countries = Set.copyOf(countries);
        cities = Set.copyOf(cities);
        years = Set.copyOf(years);
        languages = Set.copyOf(languages);
        evidenceLevels = Set.copyOf(evidenceLevels);
    }

    public static SearchRequest of(String query, SearchScope scope) {
        return new SearchRequest(
                query,
                scope,
                Set.of(),
                Set.of(),
                Set.of(),
                Set.of(),
                Set.of(),
                Set.of(),
                Set.of(),
                Set.of(),
                SearchSort.RELEVANCE);
    }
}
