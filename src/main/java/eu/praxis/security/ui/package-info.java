/** The login view: the one page every visitor sees. */
@NullMarked
package eu.praxis.security.ui;

import org.jspecify.annotations.NullMarked;
