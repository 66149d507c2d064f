package eu.praxis.group;

/** A person asked to join a group that admits on request; its leads should decide. */
public record JoinRequested(long groupId, long personId) {}
