/**
 * Thematic working groups and their memberships: join policies, joining, requests to join,
 * leaving, leads, managing members (admit, decline with a message, add, remove), creating, archiving
 * and opening groups to researchers. Also the home page, which is about one's groups.
 */
@NullMarked
package eu.praxis.group;

import org.jspecify.annotations.NullMarked;
