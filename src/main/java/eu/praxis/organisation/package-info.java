/**
 * Member organisations (cities, regions, national bodies, partners, research bodies), the city being the member:
 * registering, the directory, suspending and reactivating. Applications to join the network are in {@code member},
 * whose approval registers the organisation here.
 */
@NullMarked
package eu.praxis.organisation;

import org.jspecify.annotations.NullMarked;
