package eu.praxis.practice;

import java.util.Set;

/**
 * A practice was submitted for review (DD031): the leads of {@code reviewingGroupIds} review it, and the secretariat
 * when {@code bySecretariat} (shared with the whole network, with its review switched on). Notifications listen.
 */
public record PracticeSubmitted(long practiceId, Set<Long> reviewingGroupIds, boolean bySecretariat, long authorId) {}
