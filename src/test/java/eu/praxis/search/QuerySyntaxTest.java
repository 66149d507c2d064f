package eu.praxis.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What users type becomes simple query syntax that cannot fail; see {@link QuerySyntax}. */
class QuerySyntaxTest {

    @Test
    void consecutive_words_stay_together_and_are_also_required_one_by_one() {
        assertThat(QuerySyntax.parse("salle de consommation").positive())
                .isEqualTo("((salle de consommation)|(salle+de+consommation))");
        assertThat(QuerySyntax.parse("night").positive()).isEqualTo("night");
    }

    @Test
    void or_binds_its_neighbours_and_exclusions_are_kept() {
        assertThat(QuerySyntax.parse("safety night OR day -police").positive())
                .isEqualTo("safety+(night|day)+-police");
        assertThat(QuerySyntax.parse("a | \"b c\"").positive()).isEqualTo("(a|\"b c\")");
    }

    @Test
    void only_exclusions_mean_everything_but() {
        var parsed = QuerySyntax.parse("-police -\"night bus\"");
        assertThat(parsed.positive()).isEmpty();
        assertThat(parsed.negative()).isEqualTo("police|\"night bus\"");
    }

    @Test
    void operators_of_other_syntaxes_are_plain_separators() {
        assertThat(QuerySyntax.parse("title:(a AND b)~2^3 [* TO *]").positive())
                .isEqualTo("((title a b 2 3 TO)|(title+a+b+2+3+TO))");
        assertThat(QuerySyntax.parse("\"").matchesAll()).isTrue();
        assertThat(QuerySyntax.parse("* - \\ | OR").matchesAll()).isTrue();
        assertThat(QuerySyntax.parse("secur*").positive()).isEqualTo("secur*");
    }

    @Test
    void long_input_is_cut() {
        var parsed = QuerySyntax.parse("word ".repeat(5_000));
        assertThat(parsed.positive().split("\\+")).hasSize(QuerySyntax.MAX_UNITS);
    }
}
