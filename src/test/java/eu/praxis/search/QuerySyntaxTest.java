package eu.praxis.search;

import static org.assertj.core.api.Assertions.assertThat;

import eu.praxis.search.QuerySyntax.Occur;
import eu.praxis.search.QuerySyntax.Part;
import eu.praxis.search.QuerySyntax.Term;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What users type becomes parts of a ranked query and can never fail; see {@link QuerySyntax}. */
class QuerySyntaxTest {

    @Test
    void plain_words_are_optional_parts_of_their_own() {
        assertThat(QuerySyntax.parse("salle de consommation").parts())
                .extracting(Part::occur)
                .containsExactly(Occur.SHOULD, Occur.SHOULD, Occur.SHOULD);
        assertThat(QuerySyntax.parse("salle de consommation").parts()).allMatch(Part::plainWord);
    }

    @Test
    void phrases_and_plus_are_required_minus_excluded_and_or_binds_its_neighbours() {
        var parts = QuerySyntax.parse("safety night OR day -police +lighting \"night bus\"")
                .parts();
        assertThat(parts)
                .containsExactly(
                        new Part(List.of(Term.word("safety")), Occur.SHOULD),
                        new Part(List.of(Term.word("night"), Term.word("day")), Occur.SHOULD),
                        new Part(List.of(Term.word("police")), Occur.MUST_NOT),
                        new Part(List.of(Term.word("lighting")), Occur.MUST),
                        new Part(List.of(new Term(List.of("night", "bus"), true, false)), Occur.MUST));
        assertThat(QuerySyntax.parse("a | \"b c\"").parts())
                .containsExactly(new Part(
                        List.of(Term.word("a"), new Term(List.of("b", "c"), true, false)), Occur.SHOULD));
        assertThat(QuerySyntax.parse("-\"night bus\" NOT police").parts())
                .extracting(Part::occur)
                .containsExactly(Occur.MUST_NOT, Occur.MUST_NOT);
    }

    @Test
    void operators_of_other_syntaxes_are_plain_separators() {
        assertThat(QuerySyntax.parse("title:(a AND b)~2^3 [* TO *]").parts())
                .allMatch(Part::plainWord)
                .extracting(p -> p.anyOf().getFirst().text())
                .containsExactly("title", "a", "b", "2", "3", "TO");
        assertThat(QuerySyntax.parse("\"").matchesAll()).isTrue();
        assertThat(QuerySyntax.parse("* - \\ | OR + !").matchesAll()).isTrue();
        assertThat(QuerySyntax.parse("secur*").parts())
                .containsExactly(new Part(List.of(new Term(List.of("secur"), false, true)), Occur.SHOULD));
    }

    @Test
    void long_input_is_cut() {
        assertThat(QuerySyntax.parse("word ".repeat(5_000)).parts()).hasSize(QuerySyntax.MAX_PARTS);
    }
}
