/**
 * Calls of the network for partners, experts or applications and contributions, and the organisations' answers to
 * them (expressions of interest). The secretariat publishes, edits and closes calls
 * ({@link eu.praxis.call.CallAdministration}) and decides on the answers ({@link eu.praxis.call.CallReview}); members
 * read the calls they may see ({@link eu.praxis.call.CallBoard}) and answer for their organisation until the
 * deadline ({@link eu.praxis.call.CallAnswering}). Who does what is in {@link eu.praxis.call.CallPolicy}.
 */
@NullMarked
package eu.praxis.call;

import org.jspecify.annotations.NullMarked;
