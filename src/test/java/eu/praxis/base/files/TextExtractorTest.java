package eu.praxis.base.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class TextExtractorTest {

    @Test
    void cuts_a_long_text_at_the_bound() {
        var text = (TestFiles.SENTENCE + ". ").repeat(100_000); // about 5 million characters
        try (var extractor = new TextExtractor(Duration.ofSeconds(20), 10_000)) {
            var extracted =
                    extractor.extract(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "text/plain");

            assertThat(extracted).startsWith(TestFiles.SENTENCE).hasSizeBetween(9_000, 10_000);
        }
    }

    @Test
    void gives_up_with_an_empty_text_when_parsing_takes_too_long() {
        // A PDF that never finishes arriving: the parser waits on it until it is interrupted.
        var pdf = TestFiles.pdf();
        InputStream stalled = new InputStream() {
            int position;

            @Override
            public int read() {
                if (position < 16) {
                    return pdf[position++];
                }
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return -1;
            }
        };
        try (var extractor = new TextExtractor(Duration.ofMillis(300), 10_000)) {
            long start = System.nanoTime();

            assertThat(extractor.extract(stalled, "application/pdf")).isEmpty();
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        }
    }

    @Test
    void gives_an_empty_text_for_a_damaged_file_instead_of_failing() {
        try (var extractor = new TextExtractor(Duration.ofSeconds(20), 10_000)) {
            var damaged = new ByteArrayInputStream("%PDF-1.7 and then nothing".getBytes(StandardCharsets.US_ASCII));

            assertThat(extractor.extract(damaged, "application/pdf")).isEmpty();
        }
    }
}
