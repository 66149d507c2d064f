package eu.praxis.event;

import static eu.praxis.event.EventFixtures.as;
import static eu.praxis.event.EventFixtures.jointly;
import static eu.praxis.event.EventFixtures.webconference;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.praxis.IntegrationTest;
import eu.praxis.TestPeople;
import eu.praxis.base.NotFoundException;
import eu.praxis.base.UserFacingException;
import eu.praxis.event.EventFixtures.Cast;
import eu.praxis.group.GroupAdministration;
import eu.praxis.group.GroupDirectory;
import eu.praxis.group.GroupMembership;
import eu.praxis.group.JoinPolicy;
import eu.praxis.group.NewGroup;
import eu.praxis.security.Role;
import eu.praxis.security.RunAs;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * An event of several groups (a joint session): seen by the members of any of them, in the calendar of each,
 * organised by the leads of any of them; a lead adds or takes away only groups they lead.
 */
@IntegrationTest
class EventGroupsTest {

    @Autowired
    EventCalendar events;

    @Autowired
    EventScheduling eventScheduling;

    @Autowired
    EventRegistrations registrations;

    @Autowired
    TestPeople people;

    @Autowired
    GroupDirectory groups;

    @Autowired
    GroupAdministration groupAdministration;

    @Autowired
    GroupMembership groupMembership;

    Cast c;

    @BeforeEach
    void cast() {
        c = new EventFixtures(people, groups, groupMembership, groupAdministration).cast();
    }

    @Test
    void a_member_of_the_second_group_sees_a_members_only_joint_event_and_registers_a_member_of_neither_does_not() {
        var id = jointEvent();

        var details = as(c.otherMember(), Role.MEMBER, () -> events.get(id));
        assertThat(details.groupId()).isEqualTo(c.groupId());
        assertThat(details.otherGroups()).containsOnlyKeys(c.otherGroupId());
        assertThat(details.mayRegister()).isTrue();
        assertThat(as(c.otherMember(), Role.MEMBER, () -> registrations.register(id)))
                .isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(upcomingIds(c.otherMember(), null)).contains(id);
        assertThat(upcomingIds(c.member(), null)).contains(id);

        assertThatThrownBy(() -> as(c.outsider(), Role.MEMBER, () -> events.get(id)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(c.outsider(), Role.MEMBER, () -> registrations.register(id)))
                .isInstanceOf(NotFoundException.class);
        assertThat(upcomingIds(c.outsider(), null)).doesNotContain(id);
    }

    @Test
    void the_calendar_of_each_of_its_groups_lists_the_joint_event_and_names_both_groups() {
        var id = jointEvent();
        var third = as(
                c.admin(),
                Role.ADMIN,
                () -> groups.get(groupAdministration.create(new NewGroup(
                                "Third events group " + UUID.randomUUID(),
                                "Not in the joint event.",
                                JoinPolicy.OPEN,
                                false)))
                        .id());

        assertThat(upcomingIds(c.admin(), c.groupId())).contains(id);
        assertThat(upcomingIds(c.admin(), c.otherGroupId())).contains(id);
        assertThat(upcomingIds(c.admin(), third)).doesNotContain(id);
        var listed = as(
                        c.member(),
                        Role.MEMBER,
                        () -> events.upcoming(
                                new EventFilter(null, c.otherGroupId(), false, null), PageRequest.of(0, 500)))
                .stream()
                .filter(e -> e.id() == id)
                .findFirst()
                .orElseThrow();
        var organising = as(c.admin(), Role.ADMIN, () -> groups.groupNames(Set.of(c.groupId())))
                .get(c.groupId());
        assertThat(listed.groupNames()).hasSize(2).first().isEqualTo(organising);
    }

    @Test
    void a_lead_adds_only_groups_they_lead_and_the_secretariat_any() {
        var draft = jointly(webconference(c.groupId(), true, null), Set.of(c.otherGroupId()));
        assertThatThrownBy(() -> as(c.lead(), Role.MEMBER, () -> eventScheduling.create(draft)))
                .isInstanceOfSatisfying(
                        UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("event.error.may-not-schedule"));

        RunAs.secretariat(() -> groupAdministration.appointLead(c.otherGroupId(), c.lead()));

        assertThat(as(c.lead(), Role.MEMBER, () -> eventScheduling.create(draft)))
                .isPositive();
        assertThat(as(c.admin(), Role.ADMIN, () -> eventScheduling.create(draft)))
                .isPositive();
    }

    @Test
    void the_lead_of_either_group_co_organises_but_neither_takes_the_other_group_away() {
        var id = jointEvent();
        var same = jointly(webconference(c.groupId(), true, 20), Set.of(c.otherGroupId()));

        as(c.otherLead(), Role.MEMBER, () -> {
            eventScheduling.update(id, same, null);
            return null;
        });
        assertThat(as(c.otherLead(), Role.MEMBER, () -> events.get(id)).mayEdit())
                .isTrue();
        assertThat(as(c.otherLead(), Role.MEMBER, () -> registrations.registrations(id)))
                .isEmpty();

        var withoutFirst = webconference(c.otherGroupId(), true, 20);
        assertThatThrownBy(() -> as(c.otherLead(), Role.MEMBER, () -> {
                    eventScheduling.update(id, withoutFirst, null);
                    return null;
                }))
                .isInstanceOfSatisfying(
                        UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("event.error.may-not-schedule"));
        // nor may the first group's lead let the second group go; the secretariat may
        assertThatThrownBy(() -> as(c.lead(), Role.MEMBER, () -> {
                    eventScheduling.update(id, webconference(c.groupId(), true, 20), null);
                    return null;
                }))
                .isInstanceOf(UserFacingException.class);
        as(c.admin(), Role.ADMIN, () -> {
            eventScheduling.update(id, webconference(c.groupId(), true, 20), null);
            return null;
        });
        assertThatThrownBy(() -> as(c.otherMember(), Role.MEMBER, () -> events.get(id)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void further_groups_need_an_organising_group() {
        var draft = jointly(webconference(null, false, null), Set.of(c.groupId()));
        assertThatThrownBy(() -> as(c.admin(), Role.ADMIN, () -> eventScheduling.create(draft)))
                .isInstanceOfSatisfying(
                        UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("event.error.other-groups-without-group"));
    }

    /** A members-only webconference of the group, jointly with the other group, scheduled by the secretariat. */
    private long jointEvent() {
        return as(
                c.admin(),
                Role.ADMIN,
                () -> eventScheduling.create(
                        jointly(webconference(c.groupId(), true, null), Set.of(c.otherGroupId()))));
    }

    private List<Long> upcomingIds(long personId, @Nullable Long groupId) {
        return as(
                personId,
                personId == c.admin() ? Role.ADMIN : Role.MEMBER,
                () ->
                        events
                                .upcoming(new EventFilter(null, groupId, false, null), PageRequest.of(0, 500))
                                .getContent()
                                .stream()
                                .map(EventListItem::id)
                                .toList());
    }
}
