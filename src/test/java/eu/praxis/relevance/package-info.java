/**
 * The search's relevance on a judged set of our own (DD019, README "Relevance"): original practices in seven
 * languages and graded queries, run through the research API; nDCG@10, MRR, recall@20 and the zero-result rate
 * per query category.
 */
@NullMarked
package eu.praxis.relevance;

import org.jspecify.annotations.NullMarked;
