/**
 * Views of the search: the practice library and the global search (one set of search components
 * for both), similar practices on a practice's page, and the secretariat's index rebuild.
 */
@NullMarked
package eu.praxis.search.ui;

import org.jspecify.annotations.NullMarked;
