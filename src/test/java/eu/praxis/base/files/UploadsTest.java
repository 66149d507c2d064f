package eu.praxis.base.files;

import static eu.praxis.base.files.TestFiles.DOCX;
import static eu.praxis.base.files.TestFiles.ODT;
import static eu.praxis.base.files.TestFiles.XLSX;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.praxis.base.UserFacingException;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.util.unit.DataSize;

class UploadsTest {

    /** Production bounds, except a 20 MB expansion bound so that a bomb is quick to make. */
    static final UploadLimits LIMITS = new UploadLimits(
            DataSize.ofMegabytes(25).toBytes(), DataSize.ofMegabytes(20).toBytes(), 100, 1_000, 3);

    @TempDir
    Path root;

    TextExtractor extractor;
    Uploads uploads;

    @BeforeEach
    void setUp() {
        extractor = new TextExtractor(Duration.ofSeconds(20), 1_000_000);
        uploads = uploads(LIMITS);
    }

    @AfterEach
    void tearDown() {
        extractor.close();
    }

    Uploads uploads(UploadLimits limits) {
        return new Uploads(new FileSystemFileStore(root, limits), new UploadInspector(limits), extractor, List.of());
    }

    static Stream<Arguments> allowed() {
        return Stream.of(
                Arguments.of("report.pdf", "application/pdf", (Supplier<byte[]>) TestFiles::pdf, true),
                Arguments.of("Report.DOCX", DOCX, (Supplier<byte[]>) TestFiles::docx, true),
                Arguments.of("report.odt", ODT, (Supplier<byte[]>) TestFiles::odt, true),
                Arguments.of("notes.txt", "text/plain", (Supplier<byte[]>) TestFiles::text, true),
                Arguments.of("figures.xlsx", XLSX, (Supplier<byte[]>) TestFiles::xlsx, true),
                Arguments.of(
                        "slides.pptx",
                        "application/vnd.openxmlformats-officedocument.presentationml.presentation",
                        (Supplier<byte[]>) TestFiles::pptx,
                        true),
                Arguments.of(
                        "figures.ods",
                        "application/vnd.oasis.opendocument.spreadsheet",
                        (Supplier<byte[]>) TestFiles::ods,
                        true),
                Arguments.of("map.png", "image/png", (Supplier<byte[]>) TestFiles::png, false),
                Arguments.of("photo.jpg", "image/jpeg", (Supplier<byte[]>) TestFiles::jpeg, false),
                Arguments.of("photo.jpeg", "image/jpeg", (Supplier<byte[]>) TestFiles::jpeg, false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allowed")
    void accepts_each_allowed_type_with_the_type_found_in_its_content_and_its_text(
            String name, String mediaType, Supplier<byte[]> file, boolean hasText) {
        var content = file.get();
        var accepted = uploads.accept(new ByteArrayInputStream(content), name);

        assertThat(accepted.mediaType()).isEqualTo(mediaType);
        assertThat(accepted.fileName()).isEqualTo(name);
        assertThat(accepted.size()).isEqualTo(content.length);
        assertThat(StoreFolder.files(root)).hasSize(1);
        var text = uploads.text(accepted.sha256(), accepted.mediaType());
        if (hasText) {
            assertThat(text).contains(TestFiles.SENTENCE);
        } else {
            assertThat(text).isEmpty();
        }
    }

    @Test
    void the_same_file_uploaded_twice_is_stored_once() {
        var pdf = TestFiles.pdf(); // made once: PDFBox writes a new document id each time
        var first = uploads.accept(new ByteArrayInputStream(pdf), "a.pdf");
        var second = uploads.accept(new ByteArrayInputStream(pdf), "b.pdf");

        assertThat(second.sha256()).isEqualTo(first.sha256());
        assertThat(first.created()).isTrue();
        assertThat(second.created()).isFalse();
        assertThat(StoreFolder.files(root)).hasSize(1);
    }

    @Test
    void refusing_content_that_is_already_stored_keeps_the_stored_copy() {
        var pdf = TestFiles.pdf();
        var accepted = uploads.accept(new ByteArrayInputStream(pdf), "report.pdf");

        refused(pdf, "report.docx", "files.error.type-mismatch");

        assertThat(StoreFolder.files(root))
                .containsExactly(root.resolve(accepted.sha256().substring(0, 2))
                        .resolve(accepted.sha256().substring(2, 4))
                        .resolve(accepted.sha256() + ".bin"));
    }

    static Stream<Arguments> refused() {
        return Stream.of(
                Arguments.of("empty.pdf", new byte[0], "files.error.empty"),
                Arguments.of("setup.pdf", TestFiles.executable(), "files.error.type-not-allowed"),
                Arguments.of("page.txt", TestFiles.html(), "files.error.type-not-allowed"),
                Arguments.of("page.pdf", TestFiles.html(), "files.error.type-not-allowed"),
                Arguments.of("setup.docx", TestFiles.executable(), "files.error.type-not-allowed"),
                Arguments.of("archive.docx", TestFiles.zip(), "files.error.type-not-allowed"),
                Arguments.of("notes.pdf", TestFiles.text(), "files.error.type-mismatch"),
                Arguments.of("report.txt", TestFiles.docx(), "files.error.type-mismatch"),
                Arguments.of("report", TestFiles.pdf(), "files.error.type-mismatch"),
                Arguments.of("report.odt", TestFiles.docx(), "files.error.type-mismatch"),
                Arguments.of("broken.docx", brokenZip(), "files.error.unreadable"));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("refused")
    void refuses_and_leaves_nothing_behind(String name, byte[] content, String key) {
        refused(content, name, key);
    }

    @Test
    void refuses_a_file_over_the_configured_limit() {
        uploads = uploads(new UploadLimits(1024, LIMITS.maxExpandedSize(), 100, 1_000, 3));

        refused(new byte[1025], "big.txt", "files.error.too-large");
        assertThat(uploads.accept(new ByteArrayInputStream("a".repeat(1024).getBytes()), "full.txt")
                        .size())
                .isEqualTo(1024);
    }

    @Test
    void refuses_a_docx_that_expands_beyond_the_bound() {
        var bomb = TestFiles.zipBomb(DataSize.ofMegabytes(30).toBytes());

        refused(bomb, "report.docx", "files.error.archive-bomb");
    }

    @Test
    void refuses_a_docx_whose_embedded_workbook_is_a_bomb() {
        refused(TestFiles.nestedZipBomb(DataSize.ofMegabytes(30).toBytes()), "report.docx", "files.error.archive-bomb");
    }

    @Test
    void accepts_a_docx_with_an_embedded_workbook() {
        var accepted = uploads.accept(new ByteArrayInputStream(TestFiles.docxEmbedding(TestFiles.xlsx())), "a.docx");

        assertThat(accepted.mediaType()).isEqualTo(DOCX);
    }

    @Test
    void refuses_a_docx_with_too_many_parts() {
        refused(TestFiles.manyEntries(1_000), "report.docx", "files.error.archive-bomb");
    }

    @Test
    void refuses_a_bomb_with_the_production_bounds_quickly() {
        var bomb = TestFiles.zipBomb(DataSize.ofMegabytes(300).toBytes());
        uploads = uploads(UploadLimits.of(DataSize.ofMegabytes(25)));

        long start = System.nanoTime();
        refused(bomb, "report.docx", "files.error.archive-bomb");
        var took = Duration.ofNanos(System.nanoTime() - start);

        // The ratio bound (100 × its 300 KB) stops inflating after 30 MB of the 300.
        assertThat(took).isLessThan(Duration.ofSeconds(2));
    }

    private void refused(byte[] content, String name, String key) {
        var before = StoreFolder.files(root);
        assertThatThrownBy(() -> uploads.accept(new ByteArrayInputStream(content), name))
                .isInstanceOfSatisfying(
                        UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(key));
        assertThat(StoreFolder.files(root)).isEqualTo(before);
    }

    /** Starts like a ZIP, then nothing that makes sense. */
    private static byte[] brokenZip() {
        var bytes = new byte[200];
        System.arraycopy(new byte[] {'P', 'K', 3, 4}, 0, bytes, 0, 4);
        return bytes;
    }
}
