/**
 * The directory of projects, a project's page with its partner map, the secretariat's editor.
 * {@link eu.praxis.project.ui.ProjectPageSection} is the extension point through which other features add sections
 * (calls) to a project's page without this feature depending on them.
 */
@NullMarked
package eu.praxis.project.ui;

import org.jspecify.annotations.NullMarked;
