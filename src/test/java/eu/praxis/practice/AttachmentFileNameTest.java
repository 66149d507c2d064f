package eu.praxis.practice;

import static eu.praxis.practice.PracticeAttachments.bounded;
import static eu.praxis.practice.PracticeAttachments.cleanFileName;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.praxis.base.UserFacingException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The name an attachment is shown and downloaded under, from what a browser sends. */
class AttachmentFileNameTest {

    @Test
    void folders_sent_by_a_browser_are_dropped() {
        assertThat(cleanFileName("C:\\Users\\me\\Rapport été.pdf")).isEqualTo("Rapport été.pdf");
        assertThat(cleanFileName("../../etc/notes.txt")).isEqualTo("notes.txt");
    }

    @Test
    void invisible_characters_that_could_disguise_an_extension_are_removed() {
        assertThat(cleanFileName("invoice\u202Efdp.exe.txt")).isEqualTo("invoicefdp.exe.txt");
        assertThat(cleanFileName(" line\nbreak.txt ")).isEqualTo("linebreak.txt");
    }

    @Test
    void a_long_name_is_shortened_to_the_column_and_keeps_its_extension() {
        var name = cleanFileName("a".repeat(400) + ".docx");

        assertThat(name).hasSize(Attachment.FILE_NAME_MAX).endsWith("a.docx");
    }

    @Test
    void an_accented_name_is_shortened_to_255_bytes_of_utf_8_not_255_characters() {
        var name = cleanFileName("é".repeat(200) + ".pdf");

        assertThat(name.getBytes(StandardCharsets.UTF_8)).hasSizeLessThanOrEqualTo(Attachment.FILE_NAME_MAX);
        assertThat(name).isEqualTo("é".repeat(125) + ".pdf");
    }

    @Test
    void a_nul_or_line_break_in_the_name_is_removed() {
        assertThat(cleanFileName("evil.txt\0.pdf")).isEqualTo("evil.txt.pdf");
        assertThat(cleanFileName("/etc/evil.txt")).isEqualTo("evil.txt");
        assertThat(cleanFileName("a\r\nb.txt")).isEqualTo("ab.txt");
    }

    @Test
    void a_name_that_is_nothing_but_invisible_characters_or_a_folder_is_refused() {
        for (var name : new String[] {"", "  ", "\u200B", "folder/"}) {
            assertThatThrownBy(() -> cleanFileName(name))
                    .as("'%s'", name)
                    .isInstanceOfSatisfying(
                            UserFacingException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("attachment.error.file-name"));
        }
    }

    @Test
    void shortening_never_cuts_a_character_outside_the_basic_plane_in_half() {
        assertThat(bounded("ab\uD83D\uDE00", 5)).isEqualTo("ab");
        assertThat(bounded("abc", 3)).isEqualTo("abc");
    }
}
