/**
 * Full-text search over the practice library, the discussions and the events (Hibernate Search): the index
 * mapping's analysis and thesaurus, the permission-aware {@link eu.praxis.search.SearchService},
 * similar practices, index administration, export and the research API.
 */
@NullMarked
package eu.praxis.search;

import org.jspecify.annotations.NullMarked;
