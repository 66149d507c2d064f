package eu.praxis.search;

import eu.praxis.searchindex.SearchDocument;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The vocabulary that relates languages (DD019): each thesaurus concept and each gazetteer place becomes one
 * language-neutral token ({@code c} or {@code p} and ten digits, which no analysis step changes). At index
 * time a practice's text is reduced to the tokens of the concepts and places it mentions
 * ({@link ConceptAnalyzer}, one per text language); a query is read the same way, in every language at once,
 * so that "drug consumption room" and "Drogenkonsumraum" meet in one token without expanding the query
 * into every language's words.
 */
final class Concepts {

    private static final Logger log = LoggerFactory.getLogger(Concepts.class);

    /** A concept or place named in a text, between two character offsets. */
    record Mention(String token, int start, int end) {

        int length() {
            return end - start;
        }
    }

    private final Map<String, Thesaurus.Concept> conceptByToken = new HashMap<>();
    private final Map<String, Places.Place> placeByToken = new HashMap<>();
    private final Map<String, List<Places.Place>> placesByName = new HashMap<>();
    private final Map<String, Analyzer> analyzers = new LinkedHashMap<>();
    private final Map<String, Map<String, Set<String>>> termsByLanguage = new LinkedHashMap<>();
    private final Map<String, Set<String>> partsByLanguage = new HashMap<>();

    Concepts(Thesaurus thesaurus, Places places) {
        thesaurus.concepts().forEach(c -> unique(conceptByToken.put(token("c", c.code()), c), c.code()));
        places.all().forEach(p -> {
            unique(placeByToken.put(token("p", p.id()), p), p.id());
            p.foldedNames()
                    .forEach(name -> placesByName
                            .computeIfAbsent(name, n -> new ArrayList<>())
                            .add(p));
        });
        var all = new CharArraySet(conceptByToken.size() + placeByToken.size(), false);
        all.addAll(conceptByToken.keySet());
        all.addAll(placeByToken.keySet());
        for (var language : SearchDocument.FIELD_LANGUAGES) {
            var terms = terms(language, thesaurus, places);
            termsByLanguage.put(language, terms);
            var parts = ConceptAnalyzer.COMPOUNDING.contains(language) ? compoundParts(language, thesaurus) : null;
            if (parts != null) {
                partsByLanguage.put(language, parts);
            }
            analyzers.put(
                    language,
                    new ConceptAnalyzer(
                            language,
                            synonymMap(language, terms),
                            all,
                            parts == null ? null : new CharArraySet(parts, false)));
        }
    }

    /**
     * A stable token for an id: the same concept keeps its token when the file changes around it, so an index
     * only needs rebuilding for the concepts that changed. Digits, because stemmers leave them alone.
     */
    static String token(String prefix, String id) {
        return prefix + String.format("%010d", Integer.toUnsignedLong(id.hashCode()));
    }

    private static void unique(@Nullable Object previous, String id) {
        if (previous != null) {
            throw new IllegalStateException("Two vocabulary ids have the same token (rename one): " + id);
        }
    }

    /**
     * The terms a text of a language is read with, by token: a concept's terms in that language and in English
     * (which texts of every language borrow: "drug checking", "harm reduction"), every term in the neutral
     * analysis; every name of a place that is not also an ordinary word.
     */
    private static Map<String, Set<String>> terms(String language, Thesaurus thesaurus, Places places) {
        var result = new LinkedHashMap<String, Set<String>>();
        for (var concept : thesaurus.concepts()) {
            var terms = new LinkedHashSet<String>();
            concept.terms().forEach((termLanguage, list) -> {
                if (language.equals(SearchDocument.OTHER_LANGUAGE)
                        || termLanguage.equals(language)
                        || termLanguage.equals("en")) {
                    terms.addAll(list);
                }
            });
            result.put(token("c", concept.code()), terms);
        }
        for (var place : places.all()) {
            if (!place.distinctiveNames().isEmpty()) {
                result.put(token("p", place.id()), place.distinctiveNames());
            }
        }
        return result;
    }

    /** The one-word terms of a language's concepts, folded: what its compounds are split into. */
    private static Set<String> compoundParts(String language, Thesaurus thesaurus) {
        var parts = new TreeSet<String>();
        thesaurus
                .concepts()
                .forEach(c -> c.terms().getOrDefault(language, List.of()).stream()
                        .map(QuerySyntax::words)
                        .filter(words -> words.size() == 1)
                        .map(w -> QuerySyntax.fold(w.getFirst()))
                        .filter(word -> word.length() >= ConceptAnalyzer.SHORTEST_PART)
                        .forEach(parts::add));
        return parts;
    }

    /** What compounds of a language are split into by its concept analysis; empty for languages that are not. */
    Set<String> compoundParts(String language) {
        return partsByLanguage.getOrDefault(language, Set.of());
    }

    private static SynonymMap synonymMap(String language, Map<String, Set<String>> termsByToken) {
        var reader = new TermReader(ConceptAnalyzer.termReader(language));
        var builder = new SynonymMap.Builder(true);
        termsByToken.forEach((token, terms) -> {
            for (var term : terms) {
                try {
                    builder.add(reader.analyze(term, new CharsRefBuilder()), new CharsRef(token), false);
                } catch (IOException | IllegalArgumentException e) {
                    // a term that reads as nothing (punctuation only) cannot be found anyway
                    log.debug("Vocabulary term left out in {}: {} ({})", language, term, e.getMessage());
                }
            }
        });
        try {
            return builder.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lucene's reading of synonym terms, without a file format of its own. */
    private static final class TermReader extends SynonymMap.Parser {

        TermReader(Analyzer analyzer) {
            super(true, analyzer);
        }

        @Override
        public void parse(Reader in) {
            throw new UnsupportedOperationException("terms are added one by one");
        }
    }

    /**
     * A fingerprint of the vocabulary as the analysis reads it: an index built with another one names other
     * concepts and places, and must be rebuilt ({@code IndexBootstrap}).
     */
    String fingerprint() {
        try {
            var digest = java.security.MessageDigest.getInstance("SHA-256");
            termsByLanguage.forEach((language, terms) ->
                    terms.forEach((token, names) -> digest.update((language + token + new java.util.TreeSet<>(names))
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8))));
            // the compounds split at index time are part of the reading too
            partsByLanguage.forEach((language, parts) ->
                    digest.update((language + parts).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            return java.util.HexFormat.of().formatHex(digest.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The index and query analysis of a text language. */
    Analyzer analyzer(String fieldLanguage) {
        return analyzers.get(fieldLanguage);
    }

    /** The terms of each token for a text language, for an Elasticsearch synonym filter of the same analysis. */
    Map<String, Set<String>> terms(String fieldLanguage) {
        return termsByLanguage.get(fieldLanguage);
    }

    /**
     * The concepts and places a query mentions, read in every language; where mentions overlap, the longest
     * wins ("drug consumption room" rather than "drug consumption"), and mentions of the same words are kept
     * together (a term two languages share).
     */
    List<Mention> mentions(String text) {
        var found = new LinkedHashSet<Mention>();
        analyzers.values().forEach(analyzer -> found.addAll(read(analyzer, text)));
        var byLength = new ArrayList<>(found);
        byLength.sort(Comparator.comparingInt(Mention::length).reversed().thenComparingInt(Mention::start));
        var kept = new ArrayList<Mention>();
        for (var mention : byLength) {
            boolean overlaps = kept.stream()
                    .anyMatch(k -> k.start() < mention.end()
                            && mention.start() < k.end()
                            && !(k.start() == mention.start() && k.end() == mention.end()));
            if (!overlaps) {
                kept.add(mention);
            }
        }
        kept.sort(Comparator.comparingInt(Mention::start));
        return kept;
    }

    private static List<Mention> read(Analyzer analyzer, String text) {
        var result = new ArrayList<Mention>();
        try (var stream = analyzer.tokenStream("", text)) {
            var term = stream.addAttribute(CharTermAttribute.class);
            var offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                result.add(new Mention(term.toString(), offset.startOffset(), offset.endOffset()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return result;
    }

    Optional<Thesaurus.Concept> concept(String token) {
        return Optional.ofNullable(conceptByToken.get(token));
    }

    Optional<Places.Place> place(String token) {
        return Optional.ofNullable(placeByToken.get(token));
    }

    /** Places named in a query, including those whose names are also ordinary words. */
    List<Places.Place> placesNamed(String words) {
        return placesByName.getOrDefault(QuerySyntax.fold(words), List.of());
    }
}
