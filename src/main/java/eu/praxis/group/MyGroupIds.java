package eu.praxis.group;

import eu.praxis.security.Viewer;
import java.util.Collection;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The viewer's groups as content features' permission rules need them: those whose content they read
 * ({@link GroupAccess#groupIdsWhoseContentICanSee}) and those they lead ({@link GroupAccess#groupIdsILead}).
 */
public record MyGroupIds(Set<Long> readable, Set<Long> led) {

    /**
     * The one rule of who reads which group: the secretariat every group, researchers the groups opened to them,
     * members the groups they are an active member of; leads lead only while active.
     *
     * @param own the viewer's memberships (of the groups in question)
     * @param everyGroup the groups in question, for the secretariat
     * @param openToResearchers those of them opened to researchers
     */
    static MyGroupIds of(
            Viewer viewer,
            Collection<Membership> own,
            Supplier<Set<Long>> everyGroup,
            Supplier<Set<Long>> openToResearchers) {
        Set<Long> readable = viewer.isAdmin()
                ? everyGroup.get()
                : viewer.isResearcher()
                        ? openToResearchers.get()
                        : own.stream()
                                .filter(Membership::isActive)
                                .map(Membership::getGroupId)
                                .collect(Collectors.toSet());
        return new MyGroupIds(
                readable,
                own.stream()
                        .filter(Membership::isLead)
                        .map(Membership::getGroupId)
                        .collect(Collectors.toSet()));
    }
}
