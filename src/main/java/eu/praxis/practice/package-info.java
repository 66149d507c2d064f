/**
 * The practice library: practice sheets and case studies, their curated themes, sharing in working
 * groups or with the whole network, drafts and publication, their revision history (Envers), and their
 * moderation by the leads of their groups and the secretariat (hide, soft delete; DD014). One service per use
 * case: {@link eu.praxis.practice.PracticeLibrary} reads, {@link eu.praxis.practice.PracticeEditing} writes,
 * {@link eu.praxis.practice.PracticeModeration} moderates, {@link eu.praxis.practice.PracticeImportService}
 * imports.
 */
@NullMarked
package eu.praxis.practice;

import org.jspecify.annotations.NullMarked;
