/**
 * Views of the practice library: the library with its filters, a practice's page (permalink,
 * print layout, attachments, history, sections of other features such as its discussion), the
 * editor, and the secretariat's bulk import. {@link eu.praxis.practice.ui.PracticePageSection} is
 * the extension point for other features.
 */
@NullMarked
package eu.praxis.practice.ui;

import org.jspecify.annotations.NullMarked;
