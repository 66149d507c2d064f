package eu.praxis.practice;

import java.util.Set;

/** A practice became visible to its groups (or the whole network); notifications and search listen. */
public record PracticePublished(long practiceId, Set<Long> groupIds, boolean wholeNetwork, long authorId) {}
