/**
 * The publications library: guidebooks, reports, manifestos, resolutions, concept notes, articles and proceedings,
 * with their authors, files (text extracted for search) and editions in other languages. The secretariat publishes,
 * edits and deletes them ({@link eu.praxis.publication.PublicationAdministration}); members and researchers read
 * them ({@link eu.praxis.publication.PublicationLibrary}); a public publication is read without login too
 * ({@link eu.praxis.publication.PublicPublications}). Who reads what is in
 * {@link eu.praxis.publication.PublicationPolicy} (DD030).
 */
@NullMarked
package eu.praxis.publication;

import org.jspecify.annotations.NullMarked;
