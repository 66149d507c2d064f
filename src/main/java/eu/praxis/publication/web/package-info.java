/** Publication files (public ones without login) and the research API's {@code /api/v1/publications}. */
@NullMarked
package eu.praxis.publication.web;

import org.jspecify.annotations.NullMarked;
