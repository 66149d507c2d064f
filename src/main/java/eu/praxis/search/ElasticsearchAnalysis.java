package eu.praxis.search;

import eu.praxis.base.SearchDocument;
import java.util.ArrayList;
import java.util.Map;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * The same analysis as {@link LanguageAnalyzer}, declared for an Elasticsearch/OpenSearch backend (profile
 * {@code elasticsearch}): the built-in filters of the same names, the thesaurus as an inline
 * {@code synonym_graph} filter per language in the search analyzers only.
 */
final class ElasticsearchAnalysis implements ElasticsearchAnalysisConfigurer {

    private static final Map<String, String> STEMMERS = Map.of("en", "english", "fr", "light_french", "de",
            "light_german", "es", "light_spanish", "it", "light_italian", "nl", "dutch", "pt", "light_portuguese");

    private final Thesaurus thesaurus;

    ElasticsearchAnalysis(Thesaurus thesaurus) {
        this.thesaurus = thesaurus;
    }

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.tokenFilter("praxis_elision").type("elision")
                .param("articles", LanguageAnalyzer.ELISIONS.toArray(String[]::new)).param("articles_case", true);
        for (var language : SearchDocument.FIELD_LANGUAGES) {
            var synonyms = thesaurus.synonymLines(language);
            if (!synonyms.isEmpty()) {
                context.tokenFilter("praxis_synonyms_" + language).type("synonym_graph")
                        .param("synonyms", synonyms.toArray(String[]::new));
            }
            var filters = new ArrayList<String>();
            filters.add("praxis_elision");
            filters.add("lowercase");
            filters.add("asciifolding");
            var after = new ArrayList<String>();
            var stops = LanguageAnalyzer.stopWords(language);
            if (!stops.isEmpty()) {
                context.tokenFilter("praxis_stop_" + language).type("stop")
                        .param("stopwords", stops.toArray(String[]::new));
                after.add("praxis_stop_" + language);
            }
            var stemmer = STEMMERS.get(language);
            if (stemmer != null) {
                context.tokenFilter("praxis_stem_" + language).type("stemmer").param("language", stemmer);
                after.add("praxis_stem_" + language);
            }
            var index = new ArrayList<>(filters);
            index.addAll(after);
            context.analyzer(SearchDocument.analyzer(language)).custom().tokenizer("standard")
                    .tokenFilters(index.toArray(String[]::new));
            var search = new ArrayList<>(filters);
            if (!synonyms.isEmpty()) {
                search.add("praxis_synonyms_" + language);
            }
            search.addAll(after);
            context.analyzer(SearchDocument.searchAnalyzer(language)).custom().tokenizer("standard")
                    .tokenFilters(search.toArray(String[]::new));
        }
    }
}
