package eu.praxis.event;

import eu.praxis.TestLogins;
import eu.praxis.TestPeople;
import eu.praxis.group.GroupAdministration;
import eu.praxis.group.GroupDirectory;
import eu.praxis.group.GroupMembership;
import eu.praxis.group.JoinPolicy;
import eu.praxis.group.NewGroup;
import eu.praxis.security.Role;
import eu.praxis.security.RunAs;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Fresh people and groups for event tests, with unique names: a group with its lead and one member, another group
 * with its lead and one member, a member of no group, a researcher and an admin. Public for the view tests.
 */
public final class EventFixtures {

    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    /** The people of one test around one group. */
    public record Cast(
            long groupId,
            long otherGroupId,
            long admin,
            long lead,
            long member,
            long otherLead,
            long otherMember,
            long outsider,
            long researcher) {}

    private final TestPeople people;
    private final GroupDirectory groups;
    private final GroupMembership groupMembership;
    private final GroupAdministration groupAdministration;

    public EventFixtures(
            TestPeople people,
            GroupDirectory groups,
            GroupMembership groupMembership,
            GroupAdministration groupAdministration) {
        this.people = people;
        this.groups = groups;
        this.groupMembership = groupMembership;
        this.groupAdministration = groupAdministration;
    }

    public Cast cast() {
        var organisation = people.organisation();
        var admin = people.person(organisation, Role.ADMIN);
        var lead = people.person(organisation, Role.MEMBER);
        var member = people.person(organisation, Role.MEMBER);
        var otherLead = people.person(organisation, Role.MEMBER);
        var otherMember = people.person(organisation, Role.MEMBER);
        var outsider = people.person(organisation, Role.MEMBER);
        // in a research institute of their own, like the network's research partners
        var researcher = people.person(Role.RESEARCHER);
        long[] ids = new long[2];
        RunAs.secretariat(() -> {
            ids[0] = group("Events group");
            ids[1] = group("Other events group");
            groupAdministration.appointLead(ids[0], lead);
            groupMembership.addMember(ids[0], member);
            groupAdministration.appointLead(ids[1], otherLead);
            groupMembership.addMember(ids[1], otherMember);
        });
        return new Cast(ids[0], ids[1], admin, lead, member, otherLead, otherMember, outsider, researcher);
    }

    private long group(String name) {
        // open to researchers, so that "researchers see no group event" is the event rule, not the group's
        var slug = groupAdministration.create(new NewGroup(
                name + " " + UUID.randomUUID().toString().substring(0, 8),
                "A group for event tests.",
                JoinPolicy.INVITE_ONLY,
                true));
        return groups.get(slug).id();
    }

    /** A webconference in a week, in Paris time, with the given places (null: no limit). */
    public static EventDraft webconference(@Nullable Long groupId, boolean membersOnly, @Nullable Integer capacity) {
        var start = LocalDateTime.now(PARIS).plusDays(7).withNano(0);
        return new EventDraft(
                EventKind.WEBCONFERENCE,
                "Webconference " + UUID.randomUUID().toString().substring(0, 8),
                "Registration is **free** but mandatory.",
                start,
                start.plusMinutes(90),
                PARIS,
                null,
                "https://meet.example.org/room-1",
                groupId,
                Set.of(),
                membersOnly,
                capacity,
                null);
    }

    /** The draft for an organising group and further groups (a joint session). */
    public static EventDraft jointly(EventDraft draft, Set<Long> otherGroupIds) {
        return new EventDraft(
                draft.kind(),
                draft.title(),
                draft.description(),
                draft.start(),
                draft.end(),
                draft.timeZone(),
                draft.place(),
                draft.onlineLink(),
                draft.groupId(),
                otherGroupIds,
                draft.groupMembersOnly(),
                draft.capacity(),
                draft.registrationDeadline());
    }

    public static EventDraft ofKind(EventKind kind, @Nullable Long groupId, boolean membersOnly) {
        var draft = webconference(groupId, membersOnly, null);
        return new EventDraft(
                kind,
                draft.title(),
                draft.description(),
                draft.start(),
                draft.end(),
                PARIS,
                "Brussels",
                draft.onlineLink(),
                groupId,
                Set.of(),
                membersOnly,
                null,
                null);
    }

    public static <T> T as(long personId, Role role, Supplier<T> action) {
        return TestLogins.as(personId, role, action);
    }
}
