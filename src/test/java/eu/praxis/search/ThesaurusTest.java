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
            dcr,drug consumption room|supervised injection site,salle de consommation|salle d'injection,Drogenkonsumraum,,,
            lonely,word,,,,,
            """;

    @Test
    void reads_concepts_with_several_terms_and_skips_comments_and_single_terms() throws IOException {
        var thesaurus = Thesaurus.parse(new StringReader(CSV));
        assertThat(thesaurus.concepts()).hasSize(1);
        assertThat(thesaurus.concepts().getFirst().allTerms()).containsExactly("drug consumption room",
                "supervised injection site", "salle de consommation", "salle d'injection", "Drogenkonsumraum");
    }

    @Test
    void a_term_in_any_language_brings_the_concepts_terms_of_the_fields_own_language() throws IOException {
        var thesaurus = Thesaurus.parse(new StringReader(CSV));
        // "de" is a French stop word: synonyms come before stop words, so the term still matches
        var french = tokens(search(thesaurus, "fr"), "la salle de consommation");
        assertThat(french).contains("sale", "injection").doesNotContain("drogenkonsumraum", "drug", "room");
        var german = tokens(search(thesaurus, "de"), "supervised injection site");
        assertThat(german).contains("drogenkonsumraum", "supervised").doesNotContain("salle", "sale", "drug");
        var english = tokens(search(thesaurus, "en"), "Drogenkonsumraum");
        assertThat(english).contains("drogenkonsumraum", "drug", "room", "supervis").doesNotContain("salle", "sale");
        // a language without terms of its own gets the English ones; the neutral fields get every term
        assertThat(tokens(search(thesaurus, "pt"), "Drogenkonsumraum")).contains("drug", "room");
        assertThat(tokens(search(thesaurus, SearchDocument.OTHER_LANGUAGE), "Drogenkonsumraum"))
                .contains("drug", "salle", "injection");
        // index analyzers have no synonyms
        assertThat(tokens(new LanguageAnalyzer("fr", null), "salle de consommation"))
                .doesNotContain("drogenkonsumraum");
    }

    private static LanguageAnalyzer search(Thesaurus thesaurus, String language) {
        return new LanguageAnalyzer(language, thesaurus.synonymMap(language, LanguageAnalyzer.beforeSynonyms()));
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
        for (var language : SearchDocument.FIELD_LANGUAGES) {
            assertThat(tokens(search(thesaurus, language), "violences conjugales")).isNotEmpty();
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
