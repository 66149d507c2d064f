package eu.praxis.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The citation of a version (DD032): the organisation, the year, the title and the version with its stable address. */
class PracticeCitationTest {

    private static final String URL = "https://praxis.example/practices/12/v/3";

    private static PracticeCitation citation(String title, String author, String organisation) {
        return new PracticeCitation(12, 3, title, author, organisation, Instant.parse("2025-03-01T23:30:00Z"), URL);
    }

    @Test
    void the_apa_like_line_names_organisation_year_title_version_publisher_and_address() {
        assertThat(citation("Night mayor", "Anna Rossi", "Ville de Liège").apa())
                .isEqualTo("Ville de Liège (2025). Night mayor (version 3). Praxis. " + URL);
    }

    @Test
    void a_title_ending_in_a_full_stop_gets_no_second_one_and_without_organisation_the_person_is_named() {
        assertThat(citation("Safer nights. ", "Anna Rossi", "").apa())
                .isEqualTo("Anna Rossi (2025). Safer nights (version 3). Praxis. " + URL);
    }

    @Test
    void the_bibtex_entry_is_a_misc_whose_key_fields_and_note_name_the_version() {
        assertThat(citation("Night mayor", "Anna Rossi", "Ville de Liège").bibtex())
                .isEqualTo("""
                        @misc{praxis-practice-12-v3,
                          title = {Night mayor},
                          author = {{Ville de Liège}},
                          year = {2025},
                          version = {3},
                          publisher = {Praxis},
                          url = {https://praxis.example/practices/12/v/3},
                          note = {Version 3 of 2025-03-01, written by Anna Rossi}
                        }""");
    }

    @Test
    void the_year_is_the_versions_in_utc() {
        var lateOnNewYearsEve = new PracticeCitation(1, 1, "T", "A", "O", Instant.parse("2024-12-31T23:30:00Z"), URL);
        assertThat(lateOnNewYearsEve.year()).isEqualTo(2024);
        assertThat(lateOnNewYearsEve.apa()).startsWith("O (2024). ");
    }

    @Test
    void bibtex_special_characters_in_titles_and_names_cannot_break_the_entry() {
        var bibtex = citation("50% fewer {fights} & 1 \\ night_owl #1 ~ ^", "A", "Sûreté & co")
                .bibtex();

        assertThat(bibtex)
                .contains("title = {50\\% fewer \\{fights\\} \\& 1 \\textbackslash{} night\\_owl \\#1 "
                        + "\\textasciitilde{} \\textasciicircum{}},")
                .contains("author = {{Sûreté \\& co}},");
        // every brace the entry itself does not open is escaped: the braces balance
        var unescaped = bibtex.replaceAll("\\\\[{}]", "");
        assertThat(unescaped.chars().filter(c -> c == '{').count())
                .isEqualTo(unescaped.chars().filter(c -> c == '}').count());
    }

    @Test
    void a_line_break_in_a_title_becomes_a_space() {
        assertThat(PracticeCitation.bibtex("Night\nmayor")).isEqualTo("Night mayor");
    }
}
