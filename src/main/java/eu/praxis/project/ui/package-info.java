/** The directory of projects, a project's page with its partner map, the secretariat's editor. */
@NullMarked
package eu.praxis.project.ui;

import org.jspecify.annotations.NullMarked;
