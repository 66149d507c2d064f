package eu.praxis.search;

import static org.assertj.core.api.Assertions.assertThat;

import eu.praxis.IntegrationTest;
import eu.praxis.WithNewPerson;
import eu.praxis.security.Role;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Ranked, cross-language search on a multilingual library (DD019; the demo's practices, imported as a fixture:
 * {@link SearchFixtures#library}): questions typed as sentences, words of another language, city names in another
 * language, misspellings. The relevance evaluation measures the same on a judged set; these are the issue's
 * acceptance cases.
 */
@IntegrationTest
@WithNewPerson(Role.ADMIN)
class MultilingualSearchTest {

    @Autowired
    SearchFixtures searchFixtures;

    @Autowired
    SearchService search;

    @Autowired
    DataSource dataSource;

    SearchFixtures.Library library;

    @BeforeEach
    void indexed() {
        library = searchFixtures.library();
        new SearchTestSupport(dataSource).awaitIndexed();
    }

    @Test
    void a_question_typed_as_a_sentence_finds_its_answer_first() {
        assertThat(titles("how did Amsterdam reopen its nightlife after covid").getFirst())
                .isEqualTo("Covid-19: reopening Amsterdam's nightlife safely in 2021");
    }

    @Test
    void words_of_one_language_find_practices_of_another() {
        // English words, an Italian sheet ("persone con disabilità") found through the concept
        assertThat(titles("sport for disabled people").subList(0, 3))
                .anyMatch(t -> t.startsWith("Sport per tutti: inclusione delle persone con disabilità"));
        // a French question finds the night mediators of Lyon, Barcelona's agents and Amsterdam's night mayor
        var french = titles("comment organiser la médiation de nuit dans les quartiers festifs ?")
                .subList(0, 10);
        assertThat(french)
                .contains(
                        "Médiateurs de nuit sur les quais et les places festives de Lyon",
                        "Agentes de convivencia nocturna en Ciutat Vella y Gràcia");
    }

    @Test
    void a_city_named_in_any_language_ranks_its_practices_first() {
        assertThat(titles("drug checking Vienna").getFirst()).startsWith("Drug Checking in Wien");
        assertThat(titles("nightlife Lyon").getFirst()).startsWith("Médiateurs de nuit sur les quais");
        // without narrowing the results to the city: other cities' nightlife follows
        assertThat(titles("nightlife Lyon")).hasSizeGreaterThan(3);
    }

    @Test
    void a_misspelt_query_is_answered_for_the_words_the_library_uses() {
        var results = search.search(library.request("nightlfe Amsterdam"), 0, 10);
        assertThat(results.correctedQuery()).isEqualTo("nightlife Amsterdam");
        assertThat(results.hits()).isNotEmpty();
    }

    @Test
    void texts_that_match_part_of_a_query_follow_those_that_match_it_all() {
        var results = search.search(library.request("Drogenkonsumraum zqxwvkmpbd"), 0, 10);
        // the made-up word is in no text: nothing matches both, the consumption rooms match one
        assertThat(results.fullMatches()).isZero();
        assertThat(results.partial()).isTrue();
        assertThat(results.hits()).extracting(SearchHit::title).anyMatch(t -> t.startsWith("Drogenkonsumraum"));
    }

    @Test
    void the_city_facet_counts_the_results_per_city() {
        var cities = search.search(library.request(""), 0, 1).facets().cities();
        assertThat(cities).extracting(FacetValue::value).contains("Lyon", "Amsterdam");
    }

    private List<String> titles(String query) {
        return search.search(library.request(query), 0, 20).hits().stream()
                .map(SearchHit::title)
                .toList();
    }
}
