package eu.praxis.base.files;

import eu.praxis.base.UserFacingException;
import org.springframework.util.unit.DataSize;

/**
 * Bounds on one upload. Only the size is configurable ({@code praxis.files.max-size}); the archive bounds
 * are far above what a real office document needs (a 25 MB DOCX of text expands to well under 200 MB and
 * has a few hundred entries) and far below what hurts the server.
 *
 * @param maxSize largest upload accepted, in bytes
 * @param maxExpandedSize most bytes a ZIP-based document may expand to, nested archives included
 * @param maxExpansionRatio most times its own size a ZIP-based document may expand to (above one megabyte)
 * @param maxEntries most entries in a ZIP-based document, nested archives included
 * @param maxNesting deepest archive-in-archive looked into; deeper nesting is refused
 */
record UploadLimits(long maxSize, long maxExpandedSize, int maxExpansionRatio, int maxEntries, int maxNesting) {

    static final long RATIO_FLOOR = DataSize.ofMegabytes(1).toBytes();

    static UploadLimits of(DataSize maxSize) {
        return new UploadLimits(maxSize.toBytes(), DataSize.ofMegabytes(200).toBytes(), 100, 10_000, 3);
    }

    /** Expanded bytes allowed for an archive of this size: the ratio applies, up to the absolute bound. */
    long expansionBudget(long compressedSize) {
        return Math.min(maxExpandedSize, Math.max(RATIO_FLOOR, compressedSize * maxExpansionRatio));
    }

    UserFacingException tooLarge() {
        return new UserFacingException(
                "files.error.too-large",
                Math.max(1, maxSize / DataSize.ofMegabytes(1).toBytes()));
    }
}
