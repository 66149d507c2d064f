package eu.praxis.base.files;

import eu.praxis.base.UserFacingException;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Decides whether an upload may be kept: not empty, not too large, a media type from the allowlist as
 * detected from the content (the browser's type and the name are the uploader's claims), a name whose
 * extension fits that type, and for ZIP-based documents no archive bomb.
 */
@Component
public class UploadInspector implements ContentCheck {

    /** Allowed media types and the extensions a file of that type may have. */
    static final Map<String, Set<String>> ALLOWED = Map.of(
            "application/pdf", Set.of("pdf"),
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", Set.of("docx"),
            "application/vnd.openxmlformats-officedocument.presentationml.presentation", Set.of("pptx"),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Set.of("xlsx"),
            "application/vnd.oasis.opendocument.text", Set.of("odt"),
            "application/vnd.oasis.opendocument.spreadsheet", Set.of("ods"),
            "text/plain", Set.of("txt"),
            "image/png", Set.of("png"),
            "image/jpeg", Set.of("jpg", "jpeg"));

    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    private final UploadLimits limits;
    // The default configuration finds the container detectors of the parser modules (OOXML, ODF);
    // tika-core alone would call every office document application/zip.
    private final Detector detector = TikaConfig.getDefaultConfig().getDetector();

    @Autowired
    UploadInspector(FileProperties properties) {
        this(UploadLimits.of(properties.maxSize()));
    }

    UploadInspector(UploadLimits limits) {
        this.limits = limits;
    }

    @Override
    public void check(Path file, String fileName) throws IOException {
        inspect(file, fileName);
    }

    /**
     * @return the media type detected from the content, one of the allowlist
     * @throws UserFacingException when the file is refused
     */
    public String inspect(Path file, String fileName) throws IOException {
        long size = Files.size(file);
        if (size == 0) {
            throw new UserFacingException("files.error.empty");
        }
        if (size > limits.maxSize()) {
            throw limits.tooLarge();
        }
        // Before detection, because detecting an office type already means reading parts of the archive.
        if (startsWithZipMagic(file)) {
            checkArchive(file, size);
        }
        var mediaType = detect(file);
        var extensions = ALLOWED.get(mediaType);
        if (extensions == null) {
            throw new UserFacingException("files.error.type-not-allowed", mediaType);
        }
        if (!extensions.contains(extension(fileName))) {
            throw new UserFacingException("files.error.type-mismatch");
        }
        return mediaType;
    }

    /** From the content only: no name in the metadata, so that a name cannot tip an ambiguous detection. */
    String detect(Path file) throws IOException {
        try (var content = TikaInputStream.get(file)) {
            return detector.detect(content, new Metadata()).getBaseType().toString();
        }
    }

    private static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static boolean startsWithZipMagic(Path file) throws IOException {
        try (var in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(ZIP_MAGIC.length), ZIP_MAGIC);
        }
    }

    /**
     * Inflates every entry, nested archives included, counting the bytes that really come out: the sizes an
     * archive declares are written by whoever made it. Stops at the first byte beyond the budget, so a bomb
     * costs at most the budget in CPU and nothing in memory or disk.
     */
    private void checkArchive(Path file, long size) throws IOException {
        var budget = new Budget(limits.expansionBudget(size), limits.maxEntries());
        try (var zip = new ZipFile(file.toFile())) {
            if (zip.size() > limits.maxEntries()) {
                throw bomb();
            }
            var entries = zip.entries();
            while (entries.hasMoreElements()) {
                var entry = entries.nextElement();
                budget.entry();
                try (var in = zip.getInputStream(entry)) {
                    drain(in, budget, 1);
                }
            }
        } catch (ZipException e) {
            throw new UserFacingException("files.error.unreadable");
        }
    }

    /** Counts an entry's bytes; an entry that is itself a ZIP (an embedded workbook, say) is counted inside too. */
    private void drain(InputStream entry, Budget budget, int depth) throws IOException {
        var in = new BufferedInputStream(new CountingInputStream(entry, budget));
        in.mark(ZIP_MAGIC.length);
        boolean nested = Arrays.equals(in.readNBytes(ZIP_MAGIC.length), ZIP_MAGIC);
        in.reset();
        if (nested) {
            if (depth >= limits.maxNesting()) {
                throw bomb();
            }
            // Not closed: closing would close the outer entry, which its owner does.
            var zip = new ZipInputStream(in);
            while (zip.getNextEntry() != null) {
                budget.entry();
                drain(zip, budget, depth + 1);
            }
        }
        in.transferTo(OutputStream.nullOutputStream());
    }

    private static UserFacingException bomb() {
        return new UserFacingException("files.error.archive-bomb");
    }

    /** What an archive may still expand to, shared by all its levels. */
    private static final class Budget {

        private long bytesLeft;
        private int entriesLeft;

        Budget(long bytes, int entries) {
            this.bytesLeft = bytes;
            this.entriesLeft = entries;
        }

        void entry() {
            if (--entriesLeft < 0) {
                throw bomb();
            }
        }

        void spend(long bytes) {
            bytesLeft -= bytes;
            if (bytesLeft < 0) {
                throw bomb();
            }
        }
    }

    /** Charges the budget for every byte read through it. */
    private static final class CountingInputStream extends FilterInputStream {

        private final Budget budget;

        CountingInputStream(InputStream in, Budget budget) {
            super(in);
            this.budget = budget;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b != -1) {
                budget.spend(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                budget.spend(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            // Skipping would inflate without counting; reading keeps the count honest.
            return Math.max(0, read(new byte[(int) Math.max(0, Math.min(n, 8192))]));
        }
    }
}
