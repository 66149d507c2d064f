/**
 * Shared building blocks that every feature may use and that depend on no feature: the user-facing
 * exception, clock and mail sending, and message-bundle backed translations.
 */
@NullMarked
package eu.praxis.base;

import org.jspecify.annotations.NullMarked;
