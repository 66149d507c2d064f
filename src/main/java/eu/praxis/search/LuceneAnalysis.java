package eu.praxis.search;

import eu.praxis.base.SearchDocument;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The analyzers of the embedded Lucene backend, by the names {@link SearchDocument} gives them: per text
 * language one for indexing and one for queries, which adds the thesaurus' synonyms in that language (DD010).
 */
final class LuceneAnalysis implements LuceneAnalysisConfigurer {

    private final Thesaurus thesaurus;

    LuceneAnalysis(Thesaurus thesaurus) {
        this.thesaurus = thesaurus;
    }

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        for (var language : SearchDocument.FIELD_LANGUAGES) {
            context.analyzer(SearchDocument.analyzer(language)).instance(new LanguageAnalyzer(language, null));
            context.analyzer(SearchDocument.searchAnalyzer(language)).instance(new LanguageAnalyzer(language,
                    thesaurus.synonymMap(language, LanguageAnalyzer.beforeSynonyms())));
        }
    }
}
