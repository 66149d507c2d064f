package eu.praxis.search;

import eu.praxis.search.QuerySyntax.Occur;
import eu.praxis.search.QuerySyntax.Part;
import eu.praxis.search.QuerySyntax.Term;
import eu.praxis.searchindex.SearchDocument;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A query read as units of meaning (DD019): each plain word is a unit, unless it belongs to a thesaurus term or a
 * place name, in which case the words of that term make one unit that also carries the concept's or place's
 * token; words that only frame a question ("how did", "welche Städte") are left out. The units typed without
 * an operator are optional, and {@link #minimumShouldMatch} of them must match; phrases and {@code +words}
 * must, exclusions must not.
 */
final class QueryPlan {

    /** One way to satisfy a unit: its words, and the concepts and places they name. */
    record Alternative(
            List<String> words, boolean phrase, boolean prefix, Set<String> concepts, List<Places.Place> places) {

        Alternative {
            words = List.copyOf(words);
            concepts = Set.copyOf(concepts);
            places = List.copyOf(places);
        }

        String text() {
            return String.join(" ", words);
        }
    }

    /** A unit: one alternative, or several typed with OR. */
    record Unit(List<Alternative> anyOf, Occur occur) {

        Unit {
            anyOf = List.copyOf(anyOf);
        }

        /** Only names a place: it ranks the place's practices first but does not narrow the results to them. */
        boolean placeOnly() {
            return anyOf.stream()
                    .allMatch(a -> !a.places().isEmpty() && a.concepts().isEmpty());
        }

        /** A single word without concept or place: the kind of unit that proximity boosts pair up. */
        boolean singleWord() {
            var only = anyOf.getFirst();
            return anyOf.size() == 1
                    && only.words().size() == 1
                    && !only.prefix()
                    && only.concepts().isEmpty()
                    && only.places().isEmpty();
        }
    }

    private static final int SHORTEST_PART = 4;

    private final List<Unit> units;

    private QueryPlan(List<Unit> units) {
        this.units = List.copyOf(units);
    }

    static QueryPlan of(QuerySyntax.Parsed parsed, Concepts concepts, StopWords stopWords) {
        var plainWords = parsed.parts().stream()
                .filter(Part::plainWord)
                .map(p -> p.anyOf().getFirst().words().getFirst())
                .toList();
        var stops = stopWords.forQuery(plainWords);
        var units = new ArrayList<Unit>();
        var dropped = new ArrayList<Unit>();
        var run = new ArrayList<String>();
        for (var part : parsed.parts()) {
            if (part.plainWord()) {
                run.add(part.anyOf().getFirst().words().getFirst());
                continue;
            }
            readRun(run, concepts, stops, units, dropped);
            units.add(new Unit(
                    part.anyOf().stream().map(t -> alternative(t, concepts)).toList(), part.occur()));
        }
        readRun(run, concepts, stops, units, dropped);
        if (units.stream().noneMatch(u -> u.occur() != Occur.MUST_NOT)) {
            // a query of nothing but question words still means something
            units.addAll(dropped);
        }
        return new QueryPlan(units);
    }

    /** Consecutive plain words: thesaurus terms and place names in them become units of their own. */
    private static void readRun(
            List<String> run, Concepts concepts, Set<String> stops, List<Unit> units, List<Unit> dropped) {
        if (run.isEmpty()) {
            return;
        }
        var text = new StringBuilder();
        var starts = new int[run.size()];
        for (int i = 0; i < run.size(); i++) {
            if (i > 0) {
                text.append(' ');
            }
            starts[i] = text.length();
            text.append(run.get(i));
        }
        var mentions = concepts.mentions(text.toString());
        int i = 0;
        while (i < run.size()) {
            int from = i;
            var here = mentions.stream()
                    .filter(m -> m.start() <= starts[from] && starts[from] < m.end())
                    .toList();
            if (here.isEmpty()) {
                var word = run.get(i);
                var unit = new Unit(
                        List.of(new Alternative(List.of(word), false, false, Set.of(), concepts.placesNamed(word))),
                        Occur.SHOULD);
                if (stops.contains(QuerySyntax.fold(word))) {
                    dropped.add(unit);
                } else {
                    units.addAll(compound(word, concepts).orElse(List.of(unit)));
                }
                i++;
                continue;
            }
            int end = here.stream().mapToInt(Concepts.Mention::end).max().orElseThrow();
            int to = i;
            while (to < run.size() && starts[to] < end) {
                to++;
            }
            var words = run.subList(from, to);
            if (words.size() == 1 && stops.contains(QuerySyntax.fold(words.getFirst()))) {
                // a question word that is also a name ("come", French for Como): the question word
                dropped.add(new Unit(List.of(new Alternative(words, false, false, Set.of(), List.of())), Occur.SHOULD));
                i = to;
                continue;
            }
            units.add(new Unit(List.of(named(words, false, here, concepts)), Occur.SHOULD));
            i = to;
        }
        run.clear();
    }

    /**
     * A compound the thesaurus only knows in parts ("Einbruchsopfer": Einbruch, Opfer; "jeugdwerkers"), as one unit
     * per part, each found by the compound itself or by its part's concept: German and Dutch join words that other
     * languages write apart. Only two parts of at least {@link #SHORTEST_PART} letters, with an optional linking
     * "s" or "n" between them.
     */
    private static Optional<List<Unit>> compound(String word, Concepts concepts) {
        if (word.length() < 2 * SHORTEST_PART) {
            return Optional.empty();
        }
        var whole = new Alternative(List.of(word), false, false, Set.of(), List.of());
        for (int split = SHORTEST_PART; split <= word.length() - SHORTEST_PART; split++) {
            var right = word.substring(split);
            var rightConcepts = conceptsOf(right, concepts);
            if (rightConcepts.isEmpty()) {
                continue;
            }
            var left = word.substring(0, split);
            var leftConcepts = conceptsOf(left, concepts);
            if (leftConcepts.isEmpty()
                    && left.length() > SHORTEST_PART
                    && "sn".indexOf(left.charAt(left.length() - 1)) >= 0) {
                left = left.substring(0, left.length() - 1);
                leftConcepts = conceptsOf(left, concepts);
            }
            if (!leftConcepts.isEmpty()) {
                return Optional.of(List.of(
                        new Unit(
                                List.of(whole, new Alternative(List.of(left), false, false, leftConcepts, List.of())),
                                Occur.SHOULD),
                        new Unit(
                                List.of(whole, new Alternative(List.of(right), false, false, rightConcepts, List.of())),
                                Occur.SHOULD)));
            }
        }
        return Optional.empty();
    }

    /** The concepts that a piece of a word is a term of, as a whole. */
    private static Set<String> conceptsOf(String text, Concepts concepts) {
        var result = new LinkedHashSet<String>();
        concepts.mentions(text).stream()
                .filter(m -> m.start() == 0 && m.end() == text.length())
                .filter(m -> concepts.concept(m.token()).isPresent())
                .forEach(m -> result.add(m.token()));
        return result;
    }

    private static Alternative alternative(Term term, Concepts concepts) {
        if (term.prefix()) {
            return new Alternative(term.words(), false, true, Set.of(), List.of());
        }
        // a phrase or word that is exactly a thesaurus term or place name also finds it in other languages
        var text = term.text();
        var whole = concepts.mentions(text).stream()
                .filter(m -> m.start() == 0 && m.end() == text.length())
                .toList();
        return named(term.words(), term.phrase(), whole, concepts);
    }

    private static Alternative named(
            List<String> words, boolean phrase, Collection<Concepts.Mention> mentions, Concepts concepts) {
        var conceptTokens = new LinkedHashSet<String>();
        var places = new LinkedHashSet<Places.Place>();
        for (var mention : mentions) {
            concepts.place(mention.token()).ifPresentOrElse(places::add, () -> conceptTokens.add(mention.token()));
        }
        places.addAll(concepts.placesNamed(String.join(" ", words)));
        return new Alternative(words, phrase, false, conceptTokens, List.copyOf(places));
    }

    List<Unit> units(Occur occur) {
        return units.stream().filter(u -> u.occur() == occur).toList();
    }

    /**
     * The optional units that count towards the minimum: all but place names, which only rank ("nightlife Lyon"
     * puts Lyon's first, then the others), unless the query names nothing else.
     */
    List<Unit> counted() {
        var optional = units(Occur.SHOULD);
        var topics = optional.stream().filter(u -> !u.placeOnly()).toList();
        return topics.isEmpty() ? optional : topics;
    }

    /** The optional units that only add to the score. */
    List<Unit> ranking() {
        var counted = counted();
        return units(Occur.SHOULD).stream().filter(u -> !counted.contains(u)).toList();
    }

    /**
     * The plan with nothing required: phrases and {@code +words} become optional runs of words, for a query whose
     * requirements nothing meets (a quoted phrase no text uses as such).
     */
    QueryPlan loosened() {
        return new QueryPlan(units.stream()
                .map(u -> u.occur() != Occur.MUST
                        ? u
                        : new Unit(
                                u.anyOf().stream()
                                        .map(a ->
                                                new Alternative(a.words(), false, a.prefix(), a.concepts(), a.places()))
                                        .toList(),
                                Occur.SHOULD))
                .toList());
    }

    /** Whether anything but exclusions was typed: relevance ranking and "did you mean" make sense then. */
    boolean hasPositive() {
        return units.stream().anyMatch(u -> u.occur() != Occur.MUST_NOT);
    }

    /**
     * How many of the optional units must match: all of one or two, all but one of three or four, three in five
     * of longer ones, so that a question typed as a sentence still finds texts that answer most of it.
     */
    int minimumShouldMatch() {
        int n = counted().size();
        if (n <= 2) {
            return n;
        }
        return n <= 4 ? n - 1 : Math.round(n * 0.6f);
    }

    /**
     * What to mark in a snippet of a text in {@code fieldLanguage}, in the simple query syntax: the words typed,
     * and the terms in that language of the concepts and places they name, any of them.
     */
    String highlight(String fieldLanguage, Concepts concepts, StopWords stopWords) {
        var terms = new LinkedHashSet<String>();
        var prefixes = new LinkedHashSet<String>();
        for (var unit : units) {
            if (unit.occur() == Occur.MUST_NOT) {
                continue;
            }
            for (var alternative : unit.anyOf()) {
                if (alternative.prefix()) {
                    prefixes.add(alternative.words().getFirst() + "*");
                } else {
                    terms.add(alternative.text());
                }
                for (var token : alternative.concepts()) {
                    concepts.concept(token).ifPresent(c -> terms.addAll(termsIn(c.terms(), fieldLanguage)));
                }
                alternative.places().forEach(p -> terms.addAll(p.names()));
            }
        }
        // word by word, without stop words: the neutral fields keep them, and "de" or "la" are no match
        var words = terms.stream().flatMap(t -> QuerySyntax.words(t).stream()).filter(w -> !stopWords.anyLanguage(w));
        return Stream.concat(prefixes.stream(), words).distinct().collect(Collectors.joining("|"));
    }

    private static Collection<String> termsIn(Map<String, List<String>> terms, String fieldLanguage) {
        if (fieldLanguage.equals(SearchDocument.OTHER_LANGUAGE)) {
            var all = new HashSet<String>();
            terms.values().forEach(all::addAll);
            return all;
        }
        return terms.getOrDefault(fieldLanguage, List.of());
    }
}
