/**
 * Thematic working groups and their memberships: join policies, joining, requests to join,
 * leaving, leads, creating and archiving groups. Also the home page, which is about one's groups.
 */
@NullMarked
package eu.praxis.group;

import org.jspecify.annotations.NullMarked;
