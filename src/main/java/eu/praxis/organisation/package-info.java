/**
 * Member organisations (cities, regions, national bodies, partners, research bodies) and their
 * membership applications: apply, approve or reject, suspend and reactivate.
 */
@NullMarked
package eu.praxis.organisation;

import org.jspecify.annotations.NullMarked;
