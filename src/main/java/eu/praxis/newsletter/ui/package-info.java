/** The secretariat's newsletter pages (the issues, the editor with its preview and progress) and the archive. */
@NullMarked
package eu.praxis.newsletter.ui;

import org.jspecify.annotations.NullMarked;
