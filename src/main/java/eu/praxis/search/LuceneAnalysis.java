package eu.praxis.search;

import eu.praxis.searchindex.SearchDocument;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The analyzers of the embedded Lucene backend, by the names {@link SearchDocument} gives them: per text
 * language its words and its concepts (DD019), and the language-neutral cognates, words and place names.
 */
final class LuceneAnalysis implements LuceneAnalysisConfigurer {

    private final Concepts concepts;

    LuceneAnalysis(Concepts concepts) {
        this.concepts = concepts;
    }

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        for (var language : SearchDocument.FIELD_LANGUAGES) {
            context.analyzer(SearchDocument.analyzer(language)).instance(new LanguageAnalyzer(language));
            context.analyzer(SearchDocument.conceptAnalyzer(language)).instance(concepts.analyzer(language));
        }
        context.analyzer(SearchDocument.COGNATE_ANALYZER).instance(new CognateAnalyzer());
        context.analyzer(SearchDocument.WORD_ANALYZER).instance(new WordAnalyzer());
        context.normalizer(SearchDocument.PLACE_NORMALIZER)
                .custom()
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(ASCIIFoldingFilterFactory.class);
    }
}
