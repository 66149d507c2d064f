package eu.praxis.search;

import eu.praxis.searchindex.SearchDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * The same analysis as {@link LuceneAnalysis}, declared for an Elasticsearch/OpenSearch backend (profile
 * {@code elasticsearch}) with the built-in filters of the same names: the language chains of
 * {@link LanguageAnalyzer}, the concept chains of {@link ConceptAnalyzer} with the vocabulary as an inline
 * {@code synonym_graph} filter (flattened, as an index needs) and a {@code keep} filter of the concepts'
 * tokens, the cognates of {@link CognateAnalyzer} and the words of {@link WordAnalyzer} (DD019).
 */
final class ElasticsearchAnalysis implements ElasticsearchAnalysisConfigurer {

    private static final Map<String, String> STEMMERS = Map.of(
            "en",
            "english",
            "fr",
            "light_french",
            "de",
            "light_german",
            "es",
            "light_spanish",
            "it",
            "light_italian",
            "nl",
            "dutch",
            "pt",
            "light_portuguese");

    private final Concepts concepts;

    ElasticsearchAnalysis(Concepts concepts) {
        this.concepts = concepts;
    }

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.tokenFilter("praxis_elision")
                .type("elision")
                .param("articles", LanguageAnalyzer.ELISIONS.toArray(String[]::new))
                .param("articles_case", true);
        var folded = List.of("praxis_elision", "lowercase", "asciifolding");
        var tokens = new TreeSet<String>();
        for (var language : SearchDocument.FIELD_LANGUAGES) {
            tokens.addAll(concepts.terms(language).keySet());
        }
        context.tokenFilter("praxis_concept_tokens").type("keep").param("keep_words", tokens.toArray(String[]::new));
        for (var language : SearchDocument.FIELD_LANGUAGES) {
            var stemming = new ArrayList<String>();
            var stemmer = STEMMERS.get(language);
            if (stemmer != null) {
                context.tokenFilter("praxis_stem_" + language).type("stemmer").param("language", stemmer);
                stemming.add("praxis_stem_" + language);
            }
            var words = new ArrayList<>(folded);
            var stops = LanguageAnalyzer.stopWords(language);
            if (!stops.isEmpty()) {
                context.tokenFilter("praxis_stop_" + language)
                        .type("stop")
                        .param("stopwords", stops.toArray(String[]::new));
                words.add("praxis_stop_" + language);
            }
            words.addAll(stemming);
            context.analyzer(SearchDocument.analyzer(language))
                    .custom()
                    .tokenizer("standard")
                    .tokenFilters(words.toArray(String[]::new));

            var rules = new ArrayList<String>();
            concepts.terms(language)
                    .forEach((token, terms) -> rules.add(String.join(
                                    ", ",
                                    terms.stream()
                                            .map(t -> t.replace(",", " ")
                                                    .replace("=>", " ")
                                                    .strip())
                                            .toList())
                            + " => " + token));
            context.tokenFilter("praxis_vocabulary_" + language)
                    .type("synonym_graph")
                    .param("lenient", true)
                    .param("synonyms", rules.toArray(String[]::new));
            var conceptChain = new ArrayList<>(folded);
            var parts = concepts.compoundParts(language);
            if (!parts.isEmpty()) {
                context.tokenFilter("praxis_compounds_" + language)
                        .type("dictionary_decompounder")
                        .param("word_list", parts.toArray(String[]::new))
                        .param("min_word_size", ConceptAnalyzer.SHORTEST_COMPOUND)
                        .param("min_subword_size", ConceptAnalyzer.SHORTEST_PART)
                        .param("only_longest_match", true);
                conceptChain.add("praxis_compounds_" + language);
            }
            conceptChain.addAll(stemming);
            conceptChain.addAll(List.of("praxis_vocabulary_" + language, "flatten_graph", "praxis_concept_tokens"));
            context.analyzer(SearchDocument.conceptAnalyzer(language))
                    .custom()
                    .tokenizer("standard")
                    .tokenFilters(conceptChain.toArray(String[]::new));
        }
        context.tokenFilter("praxis_stop_all")
                .type("stop")
                .param("stopwords", new CognateAnalyzer().stopWords().toArray(String[]::new));
        context.tokenFilter("praxis_shortest").type("length").param("min", 4);
        context.tokenFilter("praxis_prefix").type("truncate").param("length", CognateAnalyzer.PREFIX);
        var cognates = new ArrayList<>(folded);
        cognates.addAll(List.of("praxis_stop_all", "praxis_shortest", "praxis_prefix"));
        context.analyzer(SearchDocument.COGNATE_ANALYZER)
                .custom()
                .tokenizer("standard")
                .tokenFilters(cognates.toArray(String[]::new));
        context.analyzer(SearchDocument.WORD_ANALYZER)
                .custom()
                .tokenizer("standard")
                .tokenFilters(folded.toArray(String[]::new));
        context.normalizer(SearchDocument.PLACE_NORMALIZER).custom().tokenFilters("lowercase", "asciifolding");
    }
}
