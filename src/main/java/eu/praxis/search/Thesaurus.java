package eu.praxis.search;

import eu.praxis.base.SearchDocument;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;

/**
 * The cross-language thesaurus (DD010): concepts, each with terms in several languages, all equivalent at
 * query time (a query in one language finds texts in the others; how: {@link #synonymLines}). Read once at
 * start-up from {@code praxis.search.thesaurus}: UTF-8 CSV with the header
 * {@code concept,en,fr,de,es,it,nl}, several terms in a cell separated by {@code |}, lines starting with
 * {@code #} are comments.
 */
public final class Thesaurus {

    private static final Logger log = LoggerFactory.getLogger(Thesaurus.class);

    /** One concept: its code and its terms by language, in the file's order. */
    public record Concept(String code, Map<String, List<String>> terms) {

        public List<String> allTerms() {
            return terms.values().stream().flatMap(List::stream).distinct().toList();
        }
    }

    private final List<Concept> concepts;

    Thesaurus(List<Concept> concepts) {
        this.concepts = List.copyOf(concepts);
    }

    static Thesaurus load(Resource resource) {
        try (var reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
            return parse(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the thesaurus " + resource, e);
        }
    }

    static Thesaurus parse(java.io.Reader reader) throws IOException {
        var format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setCommentMarker('#')
                .setIgnoreEmptyLines(true).setTrim(true).get();
        var concepts = new ArrayList<Concept>();
        try (var parser = format.parse(reader)) {
            var languages = parser.getHeaderNames().stream().filter(h -> !h.equals("concept")).toList();
            for (var record : parser) {
                var terms = new LinkedHashMap<String, List<String>>();
                for (var language : languages) {
                    if (!record.isSet(language)) {
                        continue;
                    }
                    var cell = List.of(record.get(language).split("\\|")).stream().map(String::strip)
                            .filter(t -> !t.isEmpty()).toList();
                    if (!cell.isEmpty()) {
                        terms.put(language, cell);
                    }
                }
                if (terms.values().stream().mapToInt(List::size).sum() > 1) {
                    concepts.add(new Concept(record.isSet("concept") ? record.get("concept") : "", terms));
                }
            }
        }
        return new Thesaurus(concepts);
    }

    public List<Concept> concepts() {
        return concepts;
    }

    /**
     * The concepts as Solr synonym lines for the search analyzer of one field language. In a language's own
     * fields every term of a concept, whatever its language, is read as itself or as the concept's terms in that
     * language ({@code "salle de consommation => salle de consommation, drogenkonsumraum"} for German), else in
     * English: a German text says Drogenkonsumraum, not "salle de consommation", so expanding into the other
     * languages' terms there only makes the query larger (several times, with multi-word terms) without finding
     * more. The language-neutral fields ({@link SearchDocument#OTHER_LANGUAGE}) get every term.
     */
    List<String> synonymLines(String fieldLanguage) {
        var lines = new ArrayList<String>();
        for (var concept : concepts) {
            var all = concept.allTerms().stream().map(Thesaurus::solrTerm).distinct().toList();
            if (fieldLanguage.equals(SearchDocument.OTHER_LANGUAGE)) {
                lines.add(String.join(", ", all));
                continue;
            }
            var own = concept.terms().getOrDefault(fieldLanguage, concept.terms().get("en"));
            var targets = own == null ? List.<String>of() : own.stream().map(Thesaurus::solrTerm).distinct().toList();
            for (var term : all) {
                var outputs = new LinkedHashSet<String>();
                outputs.add(term);
                outputs.addAll(targets);
                if (outputs.size() > 1) {
                    lines.add(term + " => " + String.join(", ", outputs));
                }
            }
        }
        return lines;
    }

    /** A term as one item of a Solr synonym line, whose separators it must not contain. */
    private static String solrTerm(String term) {
        return term.replace(",", " ").replace("=>", " ").strip();
    }

    /**
     * The synonym map of a field language ({@link #synonymLines}) for Lucene's SynonymGraphFilter, the terms
     * analysed by {@code analyzer}; null if empty. A
     * concept whose terms cannot be read is left out with a warning, so that an edit of the file cannot stop
     * the application from starting.
     */
    @Nullable SynonymMap synonymMap(String fieldLanguage, Analyzer analyzer) {
        var readable = new ArrayList<String>();
        for (var line : synonymLines(fieldLanguage)) {
            try {
                new SolrSynonymParser(true, true, analyzer).parse(new StringReader(line));
                readable.add(line);
            } catch (IOException | ParseException | RuntimeException e) {
                log.warn("Thesaurus line left out, its terms cannot be analysed: {} ({})", line, e.getMessage());
            }
        }
        if (readable.isEmpty()) {
            return null;
        }
        try {
            var parser = new SolrSynonymParser(true, true, analyzer);
            parser.parse(new StringReader(String.join("\n", readable)));
            return parser.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParseException e) {
            throw new IllegalStateException("The thesaurus cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * The term a concept prefers in a language (its first term there, else its first English one), for a concept
     * one of whose terms occurs in {@code query} (case and accents ignored).
     */
    List<String> preferredTermsFor(String query, Locale language) {
        var normalized = " " + QuerySyntax.fold(query) + " ";
        var result = new ArrayList<String>();
        for (var concept : concepts) {
            var matches = concept.allTerms().stream()
                    .anyMatch(t -> normalized.contains(" " + QuerySyntax.fold(t) + " "));
            if (matches) {
                preferred(concept, language).filter(t -> !normalized.contains(" " + QuerySyntax.fold(t) + " "))
                        .ifPresent(result::add);
            }
        }
        return result;
    }

    private static Optional<String> preferred(Concept concept, Locale language) {
        var own = concept.terms().get(language.getLanguage());
        if (own != null) {
            return Optional.of(own.getFirst());
        }
        var english = concept.terms().get("en");
        return english == null ? Optional.empty() : Optional.of(english.getFirst());
    }
}
