package eu.praxis.base.files;

import java.io.InputStream;
import java.io.StringWriter;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.WriteOutContentHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Plain text of a stored file for search, with Tika's parsers, bounded in time and length. Search text is a
 * nice-to-have: a file Tika cannot read, or one that takes too long, is still a valid attachment, so this
 * never throws and answers an empty text instead.
 */
@Component
public class TextExtractor implements AutoCloseable {

    static final Duration TIMEOUT = Duration.ofSeconds(20);
    /** About 500 pages of text: more than a practice attachment needs to be found. */
    static final int MAX_CHARACTERS = 1_000_000;

    private static final Logger log = LoggerFactory.getLogger(TextExtractor.class);

    private final AutoDetectParser parser = new AutoDetectParser();
    private final Duration timeout;
    private final int maxCharacters;
    // Few threads on purpose: a parser that ignores the interrupt keeps its thread, and that must not add up
    // to one runaway thread per upload. A task waiting in the queue counts against its timeout.
    private final ExecutorService executor;

    @Autowired
    TextExtractor() {
        this(TIMEOUT, MAX_CHARACTERS);
    }

    TextExtractor(Duration timeout, int maxCharacters) {
        this.timeout = timeout;
        this.maxCharacters = maxCharacters;
        var number = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(2, task -> {
            var thread = new Thread(task, "text-extractor-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * @param content read by this call but closed by the caller
     * @param mediaType as found by the {@link UploadInspector}; images have no text worth extracting
     * @return the text, cut at the length bound, or empty when there is none or it could not be had in time
     */
    public String extract(InputStream content, String mediaType) {
        if (mediaType.startsWith("image/")) {
            return "";
        }
        var task = executor.submit(() -> parse(content, mediaType));
        try {
            return task.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            task.cancel(true);
            log.warn("Text extraction of a {} file took more than {}; indexed without text", mediaType, timeout);
        } catch (ExecutionException e) {
            log.warn("Text extraction of a {} file failed; indexed without text", mediaType, e.getCause());
        } catch (InterruptedException e) {
            task.cancel(true);
            Thread.currentThread().interrupt();
        }
        return "";
    }

    private String parse(InputStream content, String mediaType) throws Exception {
        var text = new StringWriter();
        var metadata = new Metadata();
        metadata.set(Metadata.CONTENT_TYPE, mediaType);
        try (var in = TikaInputStream.get(content)) {
            parser.parse(
                    in,
                    new BodyContentHandler(new WriteOutContentHandler(text, maxCharacters)),
                    metadata,
                    new ParseContext());
        } catch (Exception e) {
            // Reaching the bound is how long texts end: keep what was written up to it.
            if (!WriteLimitReachedException.isWriteLimitReached(e)) {
                throw e;
            }
        }
        return text.toString().strip();
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
