package eu.praxis.event;

import static eu.praxis.event.EventFixtures.as;
import static eu.praxis.event.EventFixtures.ofKind;
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
import eu.praxis.security.Role;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithAnonymousUser;

/** Who schedules, edits and sees events; what the editor refuses. Each test has its own people and groups. */
@IntegrationTest
class EventServiceTest {

    @Autowired
    EventCalendar events;

    @Autowired
    EventScheduling eventScheduling;

    @Autowired
    TestPeople people;

    @Autowired
    GroupDirectory groups;

    @Autowired
    GroupAdministration groupAdministration;

    @Autowired
    GroupMembership groupMembership;

    @Autowired
    EventRegistrations registrations;

    Cast c;

    @BeforeEach
    void cast() {
        c = new EventFixtures(people, groups, groupMembership, groupAdministration).cast();
    }

    @Test
    void the_secretariat_and_the_groups_lead_schedule_in_the_group_others_are_refused() {
        var draft = webconference(c.groupId(), false, null);
        assertThat(as(c.admin(), Role.ADMIN, () -> eventScheduling.create(draft)))
                .isPositive();
        assertThat(as(c.lead(), Role.MEMBER, () -> eventScheduling.create(draft)))
                .isPositive();
        for (var refused : List.of(c.otherLead(), c.member(), c.outsider())) {
            assertThatThrownBy(() -> as(refused, Role.MEMBER, () -> eventScheduling.create(draft)))
                    .isInstanceOfSatisfying(
                            UserFacingException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("event.error.may-not-schedule"));
        }
        assertThatThrownBy(() -> as(c.researcher(), Role.RESEARCHER, () -> eventScheduling.create(draft)))
                .isInstanceOf(UserFacingException.class);
    }

    @Test
    void only_the_secretariat_schedules_for_the_whole_network_without_a_group() {
        var draft = webconference(null, false, null);
        assertThat(as(c.admin(), Role.ADMIN, () -> eventScheduling.create(draft)))
                .isPositive();
        assertThatThrownBy(() -> as(c.lead(), Role.MEMBER, () -> eventScheduling.create(draft)))
                .isInstanceOfSatisfying(
                        UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("event.error.may-not-schedule-network"));
    }

    @Test
    void the_lead_edits_an_event_of_their_group_a_lead_of_another_group_and_members_may_not() {
        var id = as(c.lead(), Role.MEMBER, () -> eventScheduling.create(webconference(c.groupId(), false, null)));
        var changed = webconference(c.groupId(), false, 40);
        as(c.lead(), Role.MEMBER, () -> {
            eventScheduling.update(id, changed, null);
            return null;
        });
        as(c.admin(), Role.ADMIN, () -> {
            eventScheduling.update(id, changed, null);
            return null;
        });
        for (var refused : List.of(c.otherLead(), c.member())) {
            assertThatThrownBy(() -> as(refused, Role.MEMBER, () -> {
                        eventScheduling.update(id, changed, null);
                        return null;
                    }))
                    .isInstanceOfSatisfying(
                            UserFacingException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("event.error.may-not-edit"));
            assertThatThrownBy(() -> as(refused, Role.MEMBER, () -> {
                        eventScheduling.cancel(id);
                        return null;
                    }))
                    .isInstanceOf(UserFacingException.class);
        }
        var details = as(c.member(), Role.MEMBER, () -> events.get(id));
        assertThat(details.capacity()).isEqualTo(40);
        assertThat(details.mayEdit()).isFalse();
        assertThat(details.sequence()).as("two changes").isEqualTo(2);
    }

    @Test
    void an_edit_based_on_an_old_version_is_refused() {
        var id = as(c.lead(), Role.MEMBER, () -> eventScheduling.create(webconference(c.groupId(), false, null)));
        var version = as(c.lead(), Role.MEMBER, () -> events.get(id)).version();
        as(c.admin(), Role.ADMIN, () -> {
            eventScheduling.update(id, webconference(c.groupId(), false, 5), version);
            return null;
        });
        assertThatThrownBy(() -> as(c.lead(), Role.MEMBER, () -> {
                    eventScheduling.update(id, webconference(c.groupId(), false, 6), version);
                    return null;
                }))
                .isInstanceOfSatisfying(
                        UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("event.error.changed-meanwhile"));
    }

    @Test
    void a_members_only_event_is_seen_by_the_groups_members_and_organisers_only() {
        var id = as(c.lead(), Role.MEMBER, () -> eventScheduling.create(webconference(c.groupId(), true, null)));
        assertThat(as(c.member(), Role.MEMBER, () -> events.get(id)).title()).isNotBlank();
        assertThat(as(c.admin(), Role.ADMIN, () -> events.get(id)).mayEdit()).isTrue();
        for (var outsider : List.of(c.outsider(), c.otherLead())) {
            assertThatThrownBy(() -> as(outsider, Role.MEMBER, () -> events.get(id)))
                    .isInstanceOf(NotFoundException.class);
        }
        assertThatThrownBy(() -> as(c.researcher(), Role.RESEARCHER, () -> events.get(id)))
                .isInstanceOf(NotFoundException.class);
        assertThat(upcomingIds(c.outsider(), Role.MEMBER)).doesNotContain(id);
        assertThat(upcomingIds(c.member(), Role.MEMBER)).contains(id);
    }

    @Test
    void researchers_see_the_networks_events_but_never_a_general_assembly() {
        var webconference = as(c.admin(), Role.ADMIN, () -> eventScheduling.create(webconference(null, false, null)));
        var groupButOpen =
                as(c.lead(), Role.MEMBER, () -> eventScheduling.create(webconference(c.groupId(), false, null)));
        var assembly = as(
                c.admin(), Role.ADMIN, () -> eventScheduling.create(ofKind(EventKind.GENERAL_ASSEMBLY, null, false)));
        assertThat(upcomingIds(c.researcher(), Role.RESEARCHER))
                .contains(webconference, groupButOpen)
                .doesNotContain(assembly);
        assertThatThrownBy(() -> as(c.researcher(), Role.RESEARCHER, () -> events.get(assembly)))
                .isInstanceOf(NotFoundException.class);
        assertThat(upcomingIds(c.outsider(), Role.MEMBER)).contains(webconference, groupButOpen, assembly);
    }

    @Test
    void the_editor_names_the_first_problem() {
        var ok = webconference(null, false, null);
        assertRefused(
                new EventDraft(
                        ok.kind(),
                        ok.title(),
                        null,
                        ok.start(),
                        ok.start(),
                        ok.timeZone(),
                        null,
                        ok.onlineLink(),
                        null,
                        Set.of(),
                        false,
                        null,
                        null),
                "event.error.end-before-start");
        assertRefused(
                new EventDraft(
                        ok.kind(),
                        ok.title(),
                        null,
                        ok.start(),
                        ok.end(),
                        ok.timeZone(),
                        null,
                        ok.onlineLink(),
                        null,
                        Set.of(),
                        false,
                        null,
                        ok.start().plusMinutes(1)),
                "event.error.deadline-after-start");
        assertRefused(
                new EventDraft(
                        ok.kind(),
                        ok.title(),
                        null,
                        ok.start(),
                        ok.end(),
                        ok.timeZone(),
                        null,
                        ok.onlineLink(),
                        null,
                        Set.of(),
                        false,
                        0,
                        null),
                "event.error.capacity");
        for (var link : List.of(
                "http://meet.example.org/x",
                "javascript:alert(1)",
                "https://",
                "meet.example.org",
                "https://meet.example.org/a b")) {
            assertRefused(
                    new EventDraft(
                            ok.kind(),
                            ok.title(),
                            null,
                            ok.start(),
                            ok.end(),
                            ok.timeZone(),
                            null,
                            link,
                            null,
                            Set.of(),
                            false,
                            null,
                            null),
                    "event.error.link");
        }
        assertRefused(
                new EventDraft(
                        ok.kind(),
                        ok.title(),
                        null,
                        ok.start(),
                        ok.end(),
                        ok.timeZone(),
                        "Lyon",
                        null,
                        null,
                        Set.of(),
                        false,
                        null,
                        null),
                "event.error.link-required");
        assertRefused(
                new EventDraft(
                        EventKind.SEMINAR,
                        ok.title(),
                        null,
                        ok.start(),
                        ok.end(),
                        ok.timeZone(),
                        " ",
                        null,
                        null,
                        Set.of(),
                        false,
                        null,
                        null),
                "event.error.place-or-link");
        assertRefused(
                new EventDraft(
                        ok.kind(),
                        " ",
                        null,
                        ok.start(),
                        ok.end(),
                        ok.timeZone(),
                        null,
                        ok.onlineLink(),
                        null,
                        Set.of(),
                        false,
                        null,
                        null),
                "event.error.title");
        assertRefused(
                new EventDraft(
                        ok.kind(),
                        ok.title(),
                        null,
                        ok.start(),
                        ok.end(),
                        ok.timeZone(),
                        null,
                        ok.onlineLink(),
                        null,
                        Set.of(),
                        true,
                        null,
                        null),
                "event.error.members-only-without-group");
    }

    @Test
    void times_are_kept_as_instants_with_the_organisers_zone() {
        var draft = webconference(null, false, null);
        var tokyo = new EventDraft(
                draft.kind(),
                draft.title(),
                null,
                draft.start(),
                draft.end(),
                ZoneId.of("Asia/Tokyo"),
                null,
                draft.onlineLink(),
                null,
                Set.of(),
                false,
                null,
                null);
        var id = as(c.admin(), Role.ADMIN, () -> eventScheduling.create(tokyo));
        var details = as(c.member(), Role.MEMBER, () -> events.get(id));
        assertThat(details.timeZone()).isEqualTo(ZoneId.of("Asia/Tokyo"));
        assertThat(details.startsAt())
                .isEqualTo(draft.start().atZone(ZoneId.of("Asia/Tokyo")).toInstant());
        assertThat(details.registrationDeadline()).as("no deadline: the start").isEqualTo(details.startsAt());
    }

    @Test
    void the_description_is_rendered_and_sanitised() {
        var draft = webconference(null, false, null);
        var id = as(
                c.admin(),
                Role.ADMIN,
                () -> eventScheduling.create(new EventDraft(
                        draft.kind(),
                        draft.title(),
                        "**Free** <script>alert(1)</script> [x](javascript:alert(2))",
                        draft.start(),
                        draft.end(),
                        draft.timeZone(),
                        null,
                        draft.onlineLink(),
                        null,
                        Set.of(),
                        false,
                        null,
                        null)));
        var html = as(c.member(), Role.MEMBER, () -> events.get(id)).descriptionHtml();
        assertThat(html)
                .contains("<strong>Free</strong>")
                .doesNotContain("<script")
                .doesNotContain("javascript:");
    }

    @Test
    void a_registered_member_finds_their_webconference_with_the_places_left() {
        var draft = webconference(c.groupId(), false, 2);
        var id = as(c.lead(), Role.MEMBER, () -> eventScheduling.create(draft));
        as(c.member(), Role.MEMBER, () -> registrations.register(id));

        var mine = as(
                c.member(),
                Role.MEMBER,
                () -> events.upcoming(new EventFilter(EventKind.WEBCONFERENCE, null, true, null), PageRequest.of(0, 10))
                        .getContent());

        assertThat(mine).singleElement().satisfies(e -> {
            assertThat(e.title()).isEqualTo(draft.title());
            assertThat(e.placesLeft()).isEqualTo(1);
            assertThat(e.myRegistration()).isEqualTo(RegistrationStatus.CONFIRMED);
        });
    }

    @Test
    @WithAnonymousUser
    void visitors_get_nothing() {
        assertThatThrownBy(() -> events.upcoming(EventFilter.any(), PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
    }

    private void assertRefused(EventDraft draft, String key) {
        assertThatThrownBy(() -> as(c.admin(), Role.ADMIN, () -> eventScheduling.create(draft)))
                .as(key)
                .isInstanceOfSatisfying(
                        UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    private List<Long> upcomingIds(long personId, Role role) {
        return as(
                personId,
                role,
                () -> events.upcoming(EventFilter.any(), PageRequest.of(0, 500)).getContent().stream()
                        .map(EventListItem::id)
                        .toList());
    }
}
