package eu.praxis.call;

import java.util.Set;

/**
 * A call was published: the members of the working groups concerned hear of it.
 *
 * @param groupIds the groups whose members are told: the call's groups when it is for groups (only they may read it),
 *     otherwise the groups its project concerns; empty for a call for the whole network that concerns no group, which
 *     every member is told of
 * @param actorId the secretary who published it
 */
public record CallPublished(long callId, String title, Set<Long> groupIds, long actorId) {}
