package eu.praxis.search;

import eu.praxis.searchindex.SearchDocument;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * "Did you mean": for a query that found nothing, each word the index's titles and summaries never use is
 * replaced by the closest one they do use (Lucene's direct spell checker over {@link SearchDocument#WORDS}, no
 * dictionary of its own). Only with the embedded Lucene backend: Hibernate Search offers no suggester for
 * Elasticsearch, where a query that finds nothing gets the relaxed query only.
 */
@Component
class Spelling {

    /** Shorter words are too often a correct word of another language, or an abbreviation. */
    private static final int SHORTEST = 4;

    private final EntityManager entityManager;
    private final boolean lucene;
    private final DirectSpellChecker checker = new DirectSpellChecker();

    Spelling(EntityManager entityManager, Environment environment) {
        this.entityManager = entityManager;
        this.lucene = !"elasticsearch".equals(environment.getProperty(SearchConfiguration.BACKEND_TYPE, "lucene"));
    }

    /** The query with its unknown words corrected, if any could be. */
    Optional<String> corrected(String query, Collection<Class<?>> types) {
        if (!lucene) {
            return Optional.empty();
        }
        var scope = Search.session(entityManager).scope(types).extension(LuceneExtension.get());
        try (IndexReader reader = scope.openIndexReader()) {
            var corrected = query;
            var changed = false;
            for (var word : QuerySyntax.words(query)) {
                var folded = QuerySyntax.fold(word);
                if (folded.length() < SHORTEST
                        || folded.chars().anyMatch(Character::isDigit)
                        || reader.docFreq(new Term(SearchDocument.WORDS, folded)) > 0) {
                    continue;
                }
                var suggestions = checker.suggestSimilar(
                        new Term(SearchDocument.WORDS, folded), 1, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
                if (suggestions.length > 0) {
                    corrected = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])")
                            .matcher(corrected)
                            .replaceAll(Matcher.quoteReplacement(suggestions[0].string));
                    changed = true;
                }
            }
            return changed ? Optional.of(corrected) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
