/**
 * Uploaded files, independent of what they are attached to: a content-addressed file store behind one
 * interface, inspection of uploads (size, media type from the content, allowlist, archive bombs) and
 * bounded text extraction for search. Features keep the metadata; this package keeps the bytes.
 */
@NullMarked
@NamedInterface("files")
package eu.praxis.base.files;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
