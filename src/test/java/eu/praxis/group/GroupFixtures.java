package eu.praxis.group;

import eu.praxis.security.Role;
import eu.praxis.security.RunAs;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Fresh working groups for tests, each with a unique name, created and staffed through the group services as the
 * secretariat. A bean of the shared test context.
 */
public class GroupFixtures {

    private final GroupDirectory groups;
    private final GroupAdministration administration;
    private final GroupMembership membership;

    public GroupFixtures(GroupDirectory groups, GroupAdministration administration, GroupMembership membership) {
        this.groups = groups;
        this.administration = administration;
        this.membership = membership;
    }

    /** A new group named after the prefix and a unique suffix. */
    public GroupDetails group(String namePrefix, JoinPolicy policy, boolean visibleToResearchers) {
        var name = namePrefix + " " + UUID.randomUUID().toString().substring(0, 8);
        return asSecretariat(() -> groups.get(administration.create(
                new NewGroup(name, "A group of a test: " + namePrefix + ".", policy, visibleToResearchers))));
    }

    public GroupDetails group(JoinPolicy policy, boolean visibleToResearchers) {
        return group("Test group", policy, visibleToResearchers);
    }

    /** Appoints these people as leads of the group. */
    public void leads(long groupId, long... personIds) {
        asSecretariat(() -> {
            for (var personId : personIds) {
                administration.appointLead(groupId, personId);
            }
            return null;
        });
    }

    /** Makes these people active members of the group. */
    public void members(long groupId, long... personIds) {
        asSecretariat(() -> {
            for (var personId : personIds) {
                membership.addMember(groupId, personId);
            }
            return null;
        });
    }

    /** The group as the secretariat sees it. */
    public GroupDetails get(String slug) {
        return asSecretariat(() -> groups.get(slug));
    }

    private static <T> T asSecretariat(Supplier<T> action) {
        return RunAs.person(0, Role.ADMIN, action);
    }
}
