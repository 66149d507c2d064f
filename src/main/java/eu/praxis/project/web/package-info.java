/** The research API's read-only projects: {@code /api/v1/projects}. */
@NullMarked
package eu.praxis.project.web;

import org.jspecify.annotations.NullMarked;
