package eu.praxis.search;

import static eu.praxis.searchindex.SearchDocument.COGNATES;
import static eu.praxis.searchindex.SearchDocument.COUNTRY;
import static eu.praxis.searchindex.SearchDocument.FIELD_LANGUAGES;
import static eu.praxis.searchindex.SearchDocument.NAME;
import static eu.praxis.searchindex.SearchDocument.PLACE;

import eu.praxis.search.QuerySyntax.Occur;
import eu.praxis.searchindex.SearchDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;

/**
 * The index predicates of a {@link QueryPlan} (DD019). A word is searched in every language's title, summary
 * and text, each field with its own language's stemming, and weakly among the cognates; a thesaurus term or
 * place name as a phrase, as all its words, and as its concept's or place's token, which is what finds texts
 * of other languages; a place also through the practice's city or country. Two neighbouring words count more
 * where they stand close together.
 */
final class QueryPredicates {

    static final float TITLE_BOOST = 3f;
    static final float SUMMARY_BOOST = 2f;
    /**
     * A concept is the one thing a text in another language shares with the query, and a concept named by the
     * text is strong evidence: it weighs more than its words in a title (measured on the judged set, DD019:
     * nDCG@10 0.62 with 2.5, 0.67 from 12 to 20).
     */
    static final float CONCEPT_BOOST = 12f;
    /** Shared first letters are a hint, not a match: well below the word itself. */
    static final float COGNATE_BOOST = 0.3f;

    static final float ALL_WORDS_BOOST = 0.5f;
    /** The practice is of the place named: that is what "nightlife Lyon" asks first. */
    static final float PLACE_BOOST = 12f;

    /** A word that is a thing's name (a project's acronym) finds that thing before what merely mentions it. */
    static final float NAME_BOOST = 12f;

    static final float COUNTRY_BOOST = 2f;
    static final float PROXIMITY_BOOST = 1.5f;
    static final int PROXIMITY_SLOP = 3;
    /** Above any text score: in a blended result, every text that matches the minimum ranks first. */
    static final float FULL_MATCH_BONUS = 1_000f;
    /**
     * Each unit of the query a text matches (its cognates included) adds this much, whatever its words weigh: a text
     * that answers more of the question ranks above one that repeats a few of its words (coordination). Judged set:
     * nDCG@10 0.693 without, 0.700 to 0.702 from 2 to 5, 0.698 at 10, 0.690 at 25.
     */
    static final float UNIT_BONUS = 5f;

    private static final String[] TITLES = fields(SearchDocument::title);
    private static final String[] SUMMARIES = fields(SearchDocument::summary);
    private static final String[] TEXTS = fields(SearchDocument::text);
    private static final String[] CONCEPTS = fields(SearchDocument::concepts);

    private QueryPredicates() {}

    private static String[] fields(Function<String, String> name) {
        return FIELD_LANGUAGES.stream().map(name).toArray(String[]::new);
    }

    /** How the optional units of a plan count. */
    enum Match {
        /** Its minimum of optional units must match, each by its words, concepts or places. */
        STRICT,
        /**
         * One optional unit is enough, also by its cognates alone; the texts that match {@link #STRICT}ly come
         * first: related texts after the matching ones.
         */
        BLENDED
    }

    /**
     * Adds the plan to a query: its optional units with their minimum (see {@link Match}), its required and
     * excluded units, place names and the proximity of neighbouring words as a bonus.
     */
    static void addTo(BooleanPredicateClausesStep<?, ?> query, SearchPredicateFactory f, QueryPlan plan, Match match) {
        if (plan.hasPositive()) {
            if (match == Match.STRICT) {
                query.must(core(f, plan, plan.minimumShouldMatch(), false));
            } else {
                // what is required stays required; of the optional units, one is enough (none beside a required one)
                query.must(core(f, plan, plan.units(Occur.MUST).isEmpty() ? 1 : 0, true));
                query.should(f.bool()
                        .must(core(f, plan, plan.minimumShouldMatch(), false))
                        .constantScore()
                        .boost(FULL_MATCH_BONUS));
            }
            plan.ranking().forEach(unit -> query.should(unit(f, unit, false)));
            plan.counted()
                    .forEach(unit -> query.should(
                            f.bool().must(unit(f, unit, true)).constantScore().boost(UNIT_BONUS)));
            plan.counted().forEach(unit -> cognates(f, unit).ifPresent(query::should));
            proximity(f, plan.units(Occur.SHOULD)).forEach(query::should);
        }
        plan.units(Occur.MUST_NOT).forEach(unit -> query.mustNot(unit(f, unit, false)));
    }

    private static SearchPredicate core(SearchPredicateFactory f, QueryPlan plan, int minimum, boolean cognates) {
        var text = f.bool();
        var counted = plan.counted();
        counted.forEach(unit -> text.should(unit(f, unit, cognates)));
        if (!counted.isEmpty() && minimum > 0) {
            // (without a minimum, the optional units beside required ones only add to the score)
            text.minimumShouldMatchNumber(minimum);
        }
        plan.units(Occur.MUST).forEach(unit -> text.must(unit(f, unit, false)));
        return text.toPredicate();
    }

    /** The cognates of a one-word unit, as a bonus to the score. */
    private static Optional<SearchPredicate> cognates(SearchPredicateFactory f, QueryPlan.Unit unit) {
        var words = unit.anyOf().stream()
                .filter(a -> a.words().size() == 1 && !a.prefix())
                .map(a -> a.words().getFirst())
                .toList();
        if (words.isEmpty()) {
            return Optional.empty();
        }
        var any = f.bool();
        words.forEach(
                word -> any.should(f.match().field(COGNATES).matching(word).boost(COGNATE_BOOST)));
        return Optional.of(any.toPredicate());
    }

    /**
     * A unit's predicate; with {@code cognates}, a word's cognates alone also match it (never for exclusions,
     * which would exclude far too much, nor for strict matches, whose texts must say what was typed).
     */
    private static SearchPredicate unit(SearchPredicateFactory f, QueryPlan.Unit unit, boolean cognates) {
        if (unit.anyOf().size() == 1) {
            return alternative(f, unit.anyOf().getFirst(), cognates);
        }
        var any = f.bool();
        unit.anyOf().forEach(alternative -> any.should(alternative(f, alternative, cognates)));
        return any.toPredicate();
    }

    private static SearchPredicate alternative(SearchPredicateFactory f, QueryPlan.Alternative a, boolean cognates) {
        if (a.prefix()) {
            return f.wildcard()
                    .fields(TITLES)
                    .boost(TITLE_BOOST)
                    .fields(SUMMARIES)
                    .boost(SUMMARY_BOOST)
                    .fields(TEXTS)
                    .matching(QuerySyntax.fold(a.words().getFirst()) + "*")
                    .toPredicate();
        }
        var any = f.bool();
        if (a.words().size() == 1) {
            any.should(words(f, a.words().getFirst()));
            any.should(f.match().field(NAME).matching(a.words().getFirst()).boost(NAME_BOOST));
            if (cognates) {
                any.should(
                        f.match().field(COGNATES).matching(a.words().getFirst()).boost(COGNATE_BOOST));
            }
        } else {
            any.should(f.phrase()
                    .fields(TITLES)
                    .boost(TITLE_BOOST)
                    .fields(SUMMARIES)
                    .boost(SUMMARY_BOOST)
                    .fields(TEXTS)
                    .matching(a.text())
                    .slop(a.phrase() ? 0 : 1));
            if (!a.phrase()) {
                var all = f.bool();
                a.words().forEach(word -> all.must(words(f, word)));
                any.should(all.boost(ALL_WORDS_BOOST));
            }
        }
        for (var token : a.concepts()) {
            any.should(f.match().fields(CONCEPTS).matching(token).skipAnalysis().boost(CONCEPT_BOOST));
        }
        var cities = new ArrayList<String>();
        var countries = new ArrayList<String>();
        for (var place : a.places()) {
            if (place.kind() == Places.Kind.COUNTRY) {
                countries.add(place.country());
            } else {
                cities.addAll(place.foldedNames());
            }
        }
        if (!cities.isEmpty()) {
            any.should(f.terms().field(PLACE).matchingAny(cities).boost(PLACE_BOOST));
        }
        if (!countries.isEmpty()) {
            any.should(f.terms().field(COUNTRY).matchingAny(countries).boost(COUNTRY_BOOST));
        }
        return any.toPredicate();
    }

    private static SearchPredicate words(SearchPredicateFactory f, String word) {
        return f.match()
                .fields(TITLES)
                .boost(TITLE_BOOST)
                .fields(SUMMARIES)
                .boost(SUMMARY_BOOST)
                .fields(TEXTS)
                .matching(word)
                .toPredicate();
    }

    /** Neighbouring single words close together in a text, as a bonus to the score. */
    private static List<SearchPredicate> proximity(SearchPredicateFactory f, List<QueryPlan.Unit> units) {
        var result = new ArrayList<SearchPredicate>();
        for (int i = 0; i + 1 < units.size(); i++) {
            if (units.get(i).singleWord() && units.get(i + 1).singleWord()) {
                var pair = units.get(i).anyOf().getFirst().text() + " "
                        + units.get(i + 1).anyOf().getFirst().text();
                result.add(f.phrase()
                        .fields(TITLES)
                        .boost(TITLE_BOOST)
                        .fields(SUMMARIES)
                        .boost(SUMMARY_BOOST)
                        .fields(TEXTS)
                        .matching(pair)
                        .slop(PROXIMITY_SLOP)
                        .boost(PROXIMITY_BOOST)
                        .toPredicate());
            }
        }
        return result;
    }
}
