/**
 * The search benchmark (README "Benchmark", DD016): a generated multilingual practice library loaded
 * into a fresh PostgreSQL database, mass-indexed by the application, then the same query mix run
 * through the search service, raw Lucene on the same index and PostgreSQL full-text search. Run by
 * the Maven profile {@code benchmark}, never by surefire (no class here matches a test pattern).
 */
@NullMarked
package eu.praxis.benchmark;

import org.jspecify.annotations.NullMarked;
