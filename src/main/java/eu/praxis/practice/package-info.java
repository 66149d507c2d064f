/**
 * The practice library: practice sheets and case studies, their curated themes, sharing in working
 * groups or with the whole network, drafts and publication, and their revision history (Envers).
 */
@NullMarked
package eu.praxis.practice;

import org.jspecify.annotations.NullMarked;
