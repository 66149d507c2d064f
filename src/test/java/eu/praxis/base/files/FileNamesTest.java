package eu.praxis.base.files;

import static eu.praxis.base.files.FileNames.bounded;
import static eu.praxis.base.files.FileNames.clean;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.praxis.base.UserFacingException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The name an uploaded file is shown and downloaded under, from what a browser sends. */
class FileNamesTest {

    @Test
    void folders_sent_by_a_browser_are_dropped() {
        assertThat(clean("C:\\Users\\me\\Rapport été.pdf")).isEqualTo("Rapport été.pdf");
        assertThat(clean("../../etc/notes.txt")).isEqualTo("notes.txt");
    }

    @Test
    void invisible_characters_that_could_disguise_an_extension_are_removed() {
        assertThat(clean("invoice\u202Efdp.exe.txt")).isEqualTo("invoicefdp.exe.txt");
        assertThat(clean(" line\nbreak.txt ")).isEqualTo("linebreak.txt");
    }

    @Test
    void a_long_name_is_shortened_to_the_column_and_keeps_its_extension() {
        var name = clean("a".repeat(400) + ".docx");

        assertThat(name).hasSize(FileNames.MAX_BYTES).endsWith("a.docx");
    }

    @Test
    void an_accented_name_is_shortened_to_255_bytes_of_utf_8_not_255_characters() {
        var name = clean("é".repeat(200) + ".pdf");

        assertThat(name.getBytes(StandardCharsets.UTF_8)).hasSizeLessThanOrEqualTo(FileNames.MAX_BYTES);
        assertThat(name).isEqualTo("é".repeat(125) + ".pdf");
    }

    @Test
    void a_nul_or_line_break_in_the_name_is_removed() {
        assertThat(clean("evil.txt\0.pdf")).isEqualTo("evil.txt.pdf");
        assertThat(clean("/etc/evil.txt")).isEqualTo("evil.txt");
        assertThat(clean("a\r\nb.txt")).isEqualTo("ab.txt");
    }

    @Test
    void a_name_that_is_nothing_but_invisible_characters_or_a_folder_is_refused() {
        for (var name : new String[] {"", "  ", "\u200B", "folder/"}) {
            assertThatThrownBy(() -> clean(name))
                    .as("'%s'", name)
                    .isInstanceOfSatisfying(
                            UserFacingException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("files.error.file-name"));
        }
    }

    @Test
    void shortening_never_cuts_a_character_outside_the_basic_plane_in_half() {
        assertThat(bounded("ab\uD83D\uDE00", 5)).isEqualTo("ab");
        assertThat(bounded("abc", 3)).isEqualTo("abc");
    }
}
