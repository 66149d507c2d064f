/** The research API's read-only calls: {@code /api/v1/calls}. */
@NullMarked
package eu.praxis.call.web;

import org.jspecify.annotations.NullMarked;
