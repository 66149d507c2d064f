package eu.praxis.search;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.springframework.core.io.Resource;

/**
 * The cross-language thesaurus (DD010, DD019): concepts, each with terms in several languages, all meaning the
 * same (a query in one language finds texts in the others through the concept: {@link Concepts}). Read once at
 * start-up from {@code praxis.search.thesaurus}: UTF-8 CSV with the header
 * {@code concept,en,fr,de,es,it,nl,pt}, several terms in a cell separated by {@code |}, lines starting with
 * {@code #} are comments.
 */
public final class Thesaurus {

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

    /** The CSV of the thesaurus and the gazetteer: a header, {@code #} comments, blank lines ignored. */
    static CSVFormat vocabularyFormat() {
        return CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setCommentMarker('#')
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .get();
    }

    static Thesaurus parse(java.io.Reader reader) throws IOException {
        var format = vocabularyFormat();
        var concepts = new ArrayList<Concept>();
        try (var parser = format.parse(reader)) {
            var languages = parser.getHeaderNames().stream()
                    .filter(h -> !h.equals("concept"))
                    .toList();
            for (var record : parser) {
                var terms = new LinkedHashMap<String, List<String>>();
                for (var language : languages) {
                    if (!record.isSet(language)) {
                        continue;
                    }
                    var cell = List.of(record.get(language).split("\\|")).stream()
                            .map(String::strip)
                            .filter(t -> !t.isEmpty())
                            .toList();
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
     * The term a concept prefers in a language (its first term there, else its first English one), for a concept
     * one of whose terms occurs in {@code query} (case and accents ignored).
     */
    List<String> preferredTermsFor(String query, Locale language) {
        var normalized = " " + QuerySyntax.fold(query) + " ";
        var result = new ArrayList<String>();
        for (var concept : concepts) {
            var matches =
                    concept.allTerms().stream().anyMatch(t -> normalized.contains(" " + QuerySyntax.fold(t) + " "));
            if (matches) {
                preferred(concept, language)
                        .filter(t -> !normalized.contains(" " + QuerySyntax.fold(t) + " "))
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
