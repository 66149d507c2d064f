package eu.praxis.group;

import java.util.Set;

/**
 * The viewer's groups as content features' permission rules need them: those whose content they read
 * ({@link GroupService#groupIdsWhoseContentICanSee}) and those they lead ({@link GroupService#groupIdsILead}).
 */
public record MyGroupIds(Set<Long> readable, Set<Long> led) {
}
