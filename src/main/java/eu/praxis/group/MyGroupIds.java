package eu.praxis.group;

import java.util.Set;

/**
 * The viewer's groups as content features' permission rules need them: those whose content they read
 * ({@link GroupAccess#groupIdsWhoseContentICanSee}) and those they lead ({@link GroupAccess#groupIdsILead}).
 */
public record MyGroupIds(Set<Long> readable, Set<Long> led) {
}
