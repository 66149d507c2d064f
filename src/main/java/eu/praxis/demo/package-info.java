/**
 * Demo data for the default run: organisations, people, working groups and memberships, loaded
 * through the services on first start, only under the {@code demo} profile (the default when no
 * profile is set). Never loaded with {@code postgres} alone.
 */
@NullMarked
package eu.praxis.demo;

import org.jspecify.annotations.NullMarked;
