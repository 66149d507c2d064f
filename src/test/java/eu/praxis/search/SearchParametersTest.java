package eu.praxis.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SearchParametersTest {

    @Test
    void parses_every_parameter() {
        var request = SearchParameters.parse(Map.of(
                "q", List.of("\"harm reduction\" Essen"),
                "scope", List.of("everything"),
                "kind", List.of("SHEET", "thread"),
                "theme", List.of("3", "12"),
                "group", List.of("7"),
                "country", List.of("de", "FR"),
                "year", List.of("2021"),
                "lang", List.of("DE", "und"),
                "sort", List.of("newest")));

        assertThat(request)
                .isEqualTo(new SearchRequest(
                        "\"harm reduction\" Essen",
                        SearchScope.EVERYTHING,
                        Set.of(ResultKind.SHEET, ResultKind.THREAD),
                        Set.of(3L, 12L),
                        Set.of(7L),
                        Set.of("DE", "FR"),
                        Set.of(),
                        Set.of(2021),
                        Set.of("de", "und"),
                        Set.of(),
                        SearchSort.NEWEST));
    }

    @Test
    void formats_what_it_parses_and_leaves_out_the_defaults() {
        var request = new SearchRequest(
                "night mayor",
                SearchScope.LIBRARY,
                Set.of(ResultKind.CASE_STUDY, ResultKind.SHEET),
                Set.of(12L, 3L),
                Set.of(),
                Set.of("NL"),
                Set.of(),
                Set.of(2021, 2019),
                Set.of("en"),
                Set.of(),
                SearchSort.RELEVANCE);

        var parameters = SearchParameters.format(request);

        assertThat(parameters)
                .containsExactly(
                        Map.entry("q", List.of("night mayor")),
                        Map.entry("kind", List.of("SHEET", "CASE_STUDY")),
                        Map.entry("theme", List.of("3", "12")),
                        Map.entry("country", List.of("NL")),
                        Map.entry("year", List.of("2019", "2021")),
                        Map.entry("lang", List.of("en")));
        assertThat(SearchParameters.parse(parameters)).isEqualTo(request);
        var everything = new SearchRequest(
                "",
                SearchScope.EVERYTHING,
                Set.of(),
                Set.of(),
                Set.of(),
                Set.of(),
                Set.of(),
                Set.of(),
                Set.of(),
                Set.of(),
                SearchSort.OLDEST);
        assertThat(SearchParameters.format(everything))
                .containsExactly(Map.entry("scope", List.of("everything")), Map.entry("sort", List.of("oldest")));
        assertThat(SearchParameters.parse(SearchParameters.format(everything))).isEqualTo(everything);
    }

    @Test
    void ignores_what_makes_no_sense_and_unknown_parameters() {
        var parameters = new LinkedHashMap<String, List<String>>();
        parameters.put("scope", List.of("galaxy"));
        parameters.put("kind", List.of("POEM", ""));
        parameters.put("theme", List.of("-1", "x", "99999999999999999999", "4"));
        parameters.put("group", List.of("1e3"));
        parameters.put("country", List.of("XX", "Germany"));
        parameters.put("year", List.of("20211", "twenty", "1999"));
        parameters.put("lang", List.of("klingon"));
        parameters.put("sort", List.of("random"));
        parameters.put("page", List.of("3"));
        parameters.put("debug", List.of("true"));

        var request = SearchParameters.parse(parameters);

        assertThat(request)
                .isEqualTo(new SearchRequest(
                        "",
                        SearchScope.LIBRARY,
                        Set.of(),
                        Set.of(4L),
                        Set.of(),
                        Set.of(),
                        Set.of(),
                        Set.of(1999),
                        Set.of(),
                        Set.of(),
                        SearchSort.RELEVANCE));
        assertThat(SearchParameters.parse(Map.of())).isEqualTo(SearchRequest.of("", SearchScope.LIBRARY));
    }

    @Test
    void cuts_an_overlong_query_and_keeps_odd_characters() {
        var hostile = "\"\\ ".repeat(4000);

        var query =
                SearchParameters.parse(Map.of("q", List.of(hostile, "second"))).query();

        assertThat(query).hasSize(SearchParameters.MAX_QUERY_LENGTH).isEqualTo(hostile.substring(0, 500));
        // a cut never leaves half of a character outside the basic plane
        var emoji = "a".repeat(SearchParameters.MAX_QUERY_LENGTH - 1) + "😀😀";
        var cut = SearchParameters.parse(Map.of("q", List.of(emoji))).query();
        assertThat(cut).isEqualTo("a".repeat(SearchParameters.MAX_QUERY_LENGTH - 1));
    }
}
