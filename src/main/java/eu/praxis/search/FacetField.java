package eu.praxis.search;

import static eu.praxis.searchindex.SearchDocument.CITY;
import static eu.praxis.searchindex.SearchDocument.COUNTRY;
import static eu.praxis.searchindex.SearchDocument.EVIDENCE_LEVEL;
import static eu.praxis.searchindex.SearchDocument.GROUPS;
import static eu.praxis.searchindex.SearchDocument.KIND;
import static eu.praxis.searchindex.SearchDocument.LANGUAGE;
import static eu.praxis.searchindex.SearchDocument.THEMES;
import static eu.praxis.searchindex.SearchDocument.YEAR;

import eu.praxis.practice.EvidenceLevel;
import java.util.Map;
import java.util.Set;
import org.hibernate.search.engine.search.aggregation.SearchAggregation;
import org.hibernate.search.engine.search.aggregation.dsl.SearchAggregationFactory;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;

/** The facets of a search: the index field each counts, how a selection filters, how many values are counted. */
enum FacetField {
    KINDS,
    THEME_IDS,
    GROUP_IDS,
    COUNTRIES,
    CITIES,
    YEARS,
    LANGUAGES,
    /** Practices only: what the other kinds have none of is not counted (DD032). */
    EVIDENCE_LEVELS;

    /** The values the request selected for this facet (none: any). */
    Set<?> selection(SearchRequest r) {
        return switch (this) {
            case KINDS -> r.kinds();
            case THEME_IDS -> r.themeIds();
            case GROUP_IDS -> r.groupIds();
            case COUNTRIES -> r.countries();
            case CITIES -> r.cities();
            case YEARS -> r.years();
            case LANGUAGES -> r.languages();
            case EVIDENCE_LEVELS -> r.evidenceLevels();
        };
    }

    boolean selected(SearchRequest r) {
        return !selection(r).isEmpty();
    }

    SearchPredicate filter(SearchPredicateFactory f, SearchRequest r) {
        return switch (this) {
            case KINDS ->
                f.terms()
                        .field(KIND)
                        .matchingAny(r.kinds().stream().map(Enum::name).toList())
                        .toPredicate();
            case THEME_IDS -> f.terms().field(THEMES).matchingAny(r.themeIds()).toPredicate();
            case GROUP_IDS -> f.terms().field(GROUPS).matchingAny(r.groupIds()).toPredicate();
            case COUNTRIES ->
                f.terms().field(COUNTRY).matchingAny(r.countries()).toPredicate();
            case CITIES -> f.terms().field(CITY).matchingAny(r.cities()).toPredicate();
            case YEARS -> f.terms().field(YEAR).matchingAny(r.years()).toPredicate();
            case LANGUAGES ->
                f.terms().field(LANGUAGE).matchingAny(r.languages()).toPredicate();
            case EVIDENCE_LEVELS ->
                f.terms()
                        .field(EVIDENCE_LEVEL)
                        .matchingAny(r.evidenceLevels().stream()
                                .map(EvidenceLevel::code)
                                .toList())
                        .toPredicate();
        };
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    SearchAggregation<Map<Object, Long>> aggregation(SearchAggregationFactory f) {
        var terms = f.terms();
        var typed = switch (this) {
            case KINDS -> terms.field(KIND, String.class).maxTermCount(10);
            case THEME_IDS -> terms.field(THEMES, Long.class).maxTermCount(200);
            case GROUP_IDS -> terms.field(GROUPS, Long.class).maxTermCount(200);
            case COUNTRIES -> terms.field(COUNTRY, String.class).maxTermCount(100);
            case CITIES -> terms.field(CITY, String.class).maxTermCount(100);
            case YEARS -> terms.field(YEAR, Integer.class).maxTermCount(100);
            case LANGUAGES -> terms.field(LANGUAGE, String.class).maxTermCount(50);
            case EVIDENCE_LEVELS -> terms.field(EVIDENCE_LEVEL, String.class).maxTermCount(10);
        };
        return (SearchAggregation) typed.toAggregation();
    }
}
