/**
 * Plain HTTP for search, outside Vaadin: the streamed CSV/JSON export behind the search views' buttons
 * (session login), the research API {@code /api/v1/search} (personal tokens, see DD015) and the API's
 * OpenAPI document and Swagger UI.
 */
@NullMarked
package eu.praxis.search.web;

import org.jspecify.annotations.NullMarked;
