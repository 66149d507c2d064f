package eu.praxis.search;

import java.util.List;

/**
 * Counts per facet value over all hits the searcher may see (not just the page). {@code evidenceLevels} counts
 * practices by their {@link eu.praxis.practice.EvidenceLevel#code()}, those without a level not at all.
 */
public record SearchFacets(
        List<FacetValue> kinds,
        List<FacetValue> themes,
        List<FacetValue> groups,
        List<FacetValue> countries,
        List<FacetValue> cities,
        List<FacetValue> years,
        List<FacetValue> languages,
        List<FacetValue> evidenceLevels) {}
