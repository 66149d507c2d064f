package eu.praxis.search;

import static org.assertj.core.api.Assertions.assertThat;

import eu.praxis.base.SearchDocument;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** The thesaurus file and how the search analyzers apply it (DD010). */
class ThesaurusTest {

    static final String CSV = """
            concept,en,fr,de,es,it,nl
            # a comment
            dcr,drug consumption room|supervised injection site,salle de consommation,Drogenkonsumraum,,,
            lonely,word,,,,,
            """;

    @Test
    void reads_concepts_with_several_terms_and_skips_comments_and_single_terms() throws IOException {
        var thesaurus = Thesaurus.parse(new StringReader(CSV));
        assertThat(thesaurus.concepts()).hasSize(1);
        assertThat(thesaurus.concepts().getFirst().allTerms()).containsExactly("drug consumption room",
                "supervised injection site", "salle de consommation", "Drogenkonsumraum");
    }

    @Test
    void a_multi_word_term_with_a_stop_word_brings_the_other_languages_terms() throws IOException {
        var thesaurus = Thesaurus.parse(new StringReader(CSV));
        var synonyms = thesaurus.synonymMap(LanguageAnalyzer.beforeSynonyms());
        // "de" is a French stop word: synonyms come before stop words, so the term still matches
        var french = tokens(new LanguageAnalyzer("fr", synonyms), "la salle de consommation");
        assertThat(french).contains("drogenkonsumraum", "drug", "room", "supervised", "injection");
        var german = tokens(new LanguageAnalyzer("de", synonyms), "Drogenkonsumraum");
        assertThat(german).contains("drug").anyMatch(t -> t.startsWith("consommation"));
        // index analyzers have no synonyms
        assertThat(tokens(new LanguageAnalyzer("fr", null), "salle de consommation"))
                .doesNotContain("drogenkonsumraum");
    }

    @Test
    void suggests_the_preferred_term_in_the_users_language() throws IOException {
        var thesaurus = Thesaurus.parse(new StringReader(CSV));
        assertThat(thesaurus.preferredTermsFor("Salle de consommation Lyon", Locale.ENGLISH))
                .containsExactly("drug consumption room");
        assertThat(thesaurus.preferredTermsFor("supervised injection site", Locale.FRENCH))
                .containsExactly("salle de consommation");
        assertThat(thesaurus.preferredTermsFor("salle de consommation", Locale.FRENCH)).isEmpty();
    }

    @Test
    void the_shipped_thesaurus_can_be_read_by_every_search_analyzer() throws IOException {
        var thesaurus = Thesaurus.load(new ClassPathResource("search/thesaurus.csv"));
        assertThat(thesaurus.concepts()).hasSizeGreaterThanOrEqualTo(10);
        var synonyms = thesaurus.synonymMap(LanguageAnalyzer.beforeSynonyms());
        for (var language : SearchDocument.FIELD_LANGUAGES) {
            assertThat(tokens(new LanguageAnalyzer(language, synonyms), "violences conjugales")).isNotEmpty();
        }
    }

    static List<String> tokens(Analyzer analyzer, String text) throws IOException {
        var result = new ArrayList<String>();
        try (var stream = analyzer.tokenStream("f", text)) {
            var term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                result.add(term.toString());
            }
            stream.end();
        }
        return result;
    }
}
