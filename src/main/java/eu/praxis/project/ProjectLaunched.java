package eu.praxis.project;

import java.util.Set;

/**
 * A project was created: the members of the working groups it concerns hear of it.
 *
 * @param title the acronym and the title, as the notification names it
 * @param groupIds the working groups concerned
 * @param actorId the secretary who created it
 */
public record ProjectLaunched(long projectId, String title, Set<Long> groupIds, long actorId) {}
