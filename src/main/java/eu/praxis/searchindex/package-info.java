/**
 * The schema of the search index: field and analyzer names and the one shape of an index document, shared by the
 * features that index their content (practices, threads, events) and by {@code search}, which queries it. A floor of
 * its own below those features, so that {@code base} stays free of Hibernate Search.
 */
@NullMarked
package eu.praxis.searchindex;

import org.jspecify.annotations.NullMarked;
