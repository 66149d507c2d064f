package eu.praxis.search;

import eu.praxis.searchindex.SearchDocument;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.core.io.ClassPathResource;

/**
 * The words a query can do without, per language: Lucene's stop words of the language plus our own list of
 * question words and of the words people put around a topic ({@code search/stop-words/}). A query is read
 * with the list of the language whose stop words it uses most; one that uses none (a few keywords) keeps
 * every word.
 */
final class StopWords {

    private final Map<String, Set<String>> byLanguage = new LinkedHashMap<>();

    StopWords() {
        for (var language : SearchDocument.ANALYZED_LANGUAGES) {
            var words = new HashSet<>(LanguageAnalyzer.stopWords(language));
            words.addAll(extra(language));
            byLanguage.put(language, Set.copyOf(words));
        }
    }

    private static Set<String> extra(String language) {
        var resource = new ClassPathResource("search/stop-words/" + language + ".txt");
        try {
            var words = new HashSet<String>();
            for (var line :
                    resource.getContentAsString(StandardCharsets.UTF_8).lines().toList()) {
                var content = line.contains("#") ? line.substring(0, line.indexOf('#')) : line;
                for (var word : content.strip().split("\\s+")) {
                    if (!word.isEmpty()) {
                        words.add(QuerySyntax.fold(word));
                    }
                }
            }
            return words;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the stop words of " + language, e);
        }
    }

    /** Whether a word is a stop word of any language (folded). */
    boolean anyLanguage(String word) {
        var folded = QuerySyntax.fold(word);
        return byLanguage.values().stream().anyMatch(words -> words.contains(folded));
    }

    /** The stop words to leave out of a query of these words (folded); empty if it uses none. */
    Set<String> forQuery(Collection<String> words) {
        var folded = words.stream().map(QuerySyntax::fold).toList();
        int best = 0;
        var result = new HashSet<String>();
        for (var entry : byLanguage.entrySet()) {
            int count = (int) folded.stream().filter(entry.getValue()::contains).count();
            if (count > best) {
                best = count;
                result.clear();
            }
            if (count == best && count > 0) {
                result.addAll(entry.getValue());
            }
        }
        return result;
    }
}
