/**
 * The shell: main layout with the side navigation built from {@code @Menu} entries, the user menu,
 * error pages and the public about page. Imports no feature view; no feature imports it.
 */
@NullMarked
package eu.praxis.ui;

import org.jspecify.annotations.NullMarked;
