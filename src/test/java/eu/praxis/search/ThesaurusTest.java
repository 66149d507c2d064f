package eu.praxis.search;

import static org.assertj.core.api.Assertions.assertThat;

import eu.praxis.searchindex.SearchDocument;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** The thesaurus file and how the concept analyzers apply it with the gazetteer (DD010, DD019). */
class ThesaurusTest {

    static final String PLACES = """
            place,kind,country,en,fr,de,es,it,nl,pt,common_words
            vienna,city,AT,Vienna|Wien,Vienne,Wien,Viena,Vienna,Wenen,Viena,
            essen,city,DE,Essen,Essen,Essen,Essen,Essen,Essen,Essen,Essen
            """;

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
        assertThat(thesaurus.concepts().getFirst().allTerms())
                .containsExactly(
                        "drug consumption room",
                        "supervised injection site",
                        "salle de consommation",
                        "salle d'injection",
                        "Drogenkonsumraum");
    }

    @Test
    void a_term_in_any_language_becomes_its_concepts_token_in_every_texts_language() throws IOException {
        var concepts = new Concepts(Thesaurus.parse(new StringReader(CSV)), Places.parse(new StringReader(PLACES)));
        var dcr = Concepts.token("c", "dcr");
        // "de" is a French stop word, but the concept analysis keeps it, so the term still matches; plurals stem
        assertThat(tokens(concepts.analyzer("fr"), "Nous avons ouvert une salle de consommation à Paris"))
                .containsExactly(dcr);
        assertThat(tokens(concepts.analyzer("fr"), "les salles d'injection")).containsExactly(dcr);
        assertThat(tokens(concepts.analyzer("de"), "Der Drogenkonsumraum am Hauptbahnhof"))
                .containsExactly(dcr);
        // English terms are read in every language's texts (borrowed words), all terms in the neutral analysis
        assertThat(tokens(concepts.analyzer("it"), "una supervised injection site"))
                .containsExactly(dcr);
        assertThat(tokens(concepts.analyzer(SearchDocument.OTHER_LANGUAGE), "salle de consommation"))
                .containsExactly(dcr);
        // every other word is dropped
        assertThat(tokens(concepts.analyzer("en"), "a room for drugs")).isEmpty();
        // places: any of their names, in any text; a name that is also a word only from the city field
        var vienna = Concepts.token("p", "vienna");
        assertThat(tokens(concepts.analyzer("en"), "drug checking in Wien")).containsExactly(vienna);
        assertThat(tokens(concepts.analyzer("fr"), "à Vienne")).containsExactly(vienna);
        assertThat(tokens(concepts.analyzer("de"), "wir essen")).isEmpty();
    }

    @Test
    void a_query_names_the_longest_terms_it_contains_in_any_language() throws IOException {
        var concepts = new Concepts(Thesaurus.parse(new StringReader(CSV)), Places.parse(new StringReader(PLACES)));
        var query = "salle de consommation Vienna";
        assertThat(concepts.mentions(query))
                .containsExactly(
                        new Concepts.Mention(Concepts.token("c", "dcr"), 0, 21),
                        new Concepts.Mention(Concepts.token("p", "vienna"), 22, 28));
        assertThat(concepts.placesNamed("ESSEN")).extracting(Places.Place::id).containsExactly("essen");
    }

    @Test
    void suggests_the_preferred_term_in_the_users_language() throws IOException {
        var thesaurus = Thesaurus.parse(new StringReader(CSV));
        assertThat(thesaurus.preferredTermsFor("Salle de consommation Lyon", Locale.ENGLISH))
                .containsExactly("drug consumption room");
        assertThat(thesaurus.preferredTermsFor("supervised injection site", Locale.FRENCH))
                .containsExactly("salle de consommation");
        assertThat(thesaurus.preferredTermsFor("salle de consommation", Locale.FRENCH))
                .isEmpty();
    }

    @Test
    void the_shipped_thesaurus_and_gazetteer_can_be_read_by_every_concept_analyzer() throws IOException {
        var thesaurus = Thesaurus.load(new ClassPathResource("search/thesaurus.csv"));
        var concepts = new Concepts(thesaurus, Places.load(new ClassPathResource("search/places.csv")));
        for (var language : SearchDocument.FIELD_LANGUAGES) {
            assertThat(tokens(concepts.analyzer(language), "domestic violence in Brussels"))
                    .hasSize(2);
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
