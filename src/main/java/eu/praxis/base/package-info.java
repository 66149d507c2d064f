/**
 * Generic infrastructure that every feature may use and that depends on no feature (checked by
 * {@code ModularityTest}): the user-facing exception, mail sending, message-bundle backed translations, time
 * formatting, background jobs and their failure log, audit events and target naming. Nothing about search (see
 * {@code searchindex}) or moderation (see {@code content}).
 */
@NullMarked
package eu.praxis.base;

import org.jspecify.annotations.NullMarked;
