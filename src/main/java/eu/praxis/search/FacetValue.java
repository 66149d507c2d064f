package eu.praxis.search;

/** One value of a facet: what the request carries ({@code value}), what the user reads, how many hits. */
public record FacetValue(String value, String label, long count) {}
