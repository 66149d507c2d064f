package eu.praxis.benchmark;

import java.util.List;

/**
 * What the measured member may find, as every path filters it (the search's permission filter for a
 * member who leads no group): published practices shared with the whole network, in a group they read,
 * or written by them or their organisation. Drafts are never found.
 */
record Permissions(long personId, long organisationId, List<Long> readableGroupIds) {

    Permissions {
        readableGroupIds = List.copyOf(readableGroupIds);
    }
}
