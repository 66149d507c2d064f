package eu.praxis.event;

import static eu.praxis.event.EventFixtures.as;
import static eu.praxis.event.EventFixtures.webconference;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.praxis.IntegrationTest;
import eu.praxis.TestClock;
import eu.praxis.TestPeople;
import eu.praxis.base.UserFacingException;
import eu.praxis.event.EventFixtures.Cast;
import eu.praxis.group.GroupAdministration;
import eu.praxis.group.GroupDirectory;
import eu.praxis.group.GroupMembership;
import eu.praxis.organisation.OrganisationFixtures;
import eu.praxis.organisation.OrganisationKind;
import eu.praxis.security.Role;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Attendance: the organisers mark who came once the event has started, never before; the secretariat exports
 * participation per organisation and country, for an event or a period, as CSV a spreadsheet cannot be tricked by.
 */
@IntegrationTest
class AttendanceTest {

    /** Past the start of an event made by {@link EventFixtures#webconference} (in a week, 90 minutes long). */
    private static final Duration AFTER_THE_START = Duration.ofDays(7).plusMinutes(10);

    @Autowired
    EventAttendance attendance;

    @Autowired
    EventRegistrations registrations;

    @Autowired
    EventScheduling eventScheduling;

    @Autowired
    EventCalendar events;

    @Autowired
    TestPeople people;

    @Autowired
    OrganisationFixtures organisations;

    @Autowired
    GroupDirectory groups;

    @Autowired
    GroupAdministration groupAdministration;

    @Autowired
    GroupMembership groupMembership;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcTemplate jdbc;

    Cast c;

    @BeforeEach
    void cast() {
        c = new EventFixtures(people, groups, groupMembership, groupAdministration).cast();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void the_organisers_mark_who_attended_once_the_event_has_started_not_before() {
        var id = as(c.lead(), Role.MEMBER, () -> eventScheduling.create(webconference(c.groupId(), false, null)));
        as(c.member(), Role.MEMBER, () -> registrations.register(id));
        assertThat(as(c.lead(), Role.MEMBER, () -> events.get(id)).mayRecordAttendance())
                .isFalse();
        assertRefused(c.lead(), id, c.member(), "event.error.attendance-before-start");

        clock.advance(AFTER_THE_START);

        assertThat(as(c.lead(), Role.MEMBER, () -> events.get(id)).mayRecordAttendance())
                .isTrue();
        record(c.lead(), Role.MEMBER, id, c.member(), true);
        assertThat(as(c.lead(), Role.MEMBER, () -> registrations.registrations(id)))
                .singleElement()
                .satisfies(r -> assertThat(r.attended()).isTrue());
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where action = ? and target_id = ? and actor_id = ?",
                        Long.class,
                        "event.attendance.attended",
                        id,
                        c.lead()))
                .isEqualTo(1);
        record(c.admin(), Role.ADMIN, id, c.member(), false);
        assertThat(as(c.admin(), Role.ADMIN, () -> registrations.registrations(id)))
                .singleElement()
                .satisfies(r -> assertThat(r.attended()).isFalse());

        // members and the lead of another group see the event but organise nothing
        for (var refused : List.of(c.member(), c.otherLead())) {
            assertRefused(refused, id, c.member(), "event.error.may-not-edit");
        }
        assertRefused(c.lead(), id, c.outsider(), "event.error.attendance-not-registered");
    }

    @Test
    void only_people_with_a_place_are_marked() {
        var id = as(c.lead(), Role.MEMBER, () -> eventScheduling.create(webconference(c.groupId(), false, 1)));
        as(c.member(), Role.MEMBER, () -> registrations.register(id));
        as(c.outsider(), Role.MEMBER, () -> registrations.register(id));
        clock.advance(AFTER_THE_START);

        assertRefused(c.lead(), id, c.outsider(), "event.error.attendance-without-place");
    }

    @Test
    void a_cancelled_event_records_no_attendance() {
        var id = as(c.lead(), Role.MEMBER, () -> eventScheduling.create(webconference(c.groupId(), false, null)));
        as(c.member(), Role.MEMBER, () -> registrations.register(id));
        as(c.lead(), Role.MEMBER, () -> {
            eventScheduling.cancel(id);
            return null;
        });
        clock.advance(AFTER_THE_START);

        assertRefused(c.lead(), id, c.member(), "event.error.cancelled");
    }

    @Test
    void the_secretariat_exports_participation_per_organisation_and_country() {
        var turin = organisations.named(
                "City of Turin " + OrganisationFixtures.unique(), OrganisationKind.CITY, "IT", "Turin");
        var formula = "=HYPERLINK(\"http://evil\") " + OrganisationFixtures.unique();
        var ghent = organisations.named(formula, OrganisationKind.CITY, "BE", "Ghent");
        var first = people.person(turin, Role.MEMBER);
        var second = people.person(turin, Role.MEMBER);
        var third = people.person(ghent, Role.MEMBER);
        var id = as(c.admin(), Role.ADMIN, () -> eventScheduling.create(webconference(null, false, null)));
        var other = as(c.admin(), Role.ADMIN, () -> eventScheduling.create(webconference(null, false, null)));
        for (var person : List.of(first, second, third)) {
            as(person, Role.MEMBER, () -> registrations.register(id));
        }
        as(first, Role.MEMBER, () -> registrations.register(other));
        clock.advance(AFTER_THE_START);
        record(c.admin(), Role.ADMIN, id, first, true);
        record(c.admin(), Role.ADMIN, id, third, true);
        record(c.admin(), Role.ADMIN, other, first, true);

        var oneEvent = export(out -> attendance.exportEventParticipation(id, out));
        assertThat(oneEvent.getFirst()).isEqualTo("organisation,country,places,attended");
        assertThat(oneEvent).hasSize(3);
        // Belgium before Italy; the organisation's name starts like a formula and is defused
        assertThat(oneEvent.get(1)).startsWith("\"'=HYPERLINK(").endsWith(",BE,1,1");
        assertThat(oneEvent.get(2)).startsWith("City of Turin ").endsWith(",IT,2,1");

        var now = clock.instant();
        var period = export(out -> attendance.exportParticipation(now.minus(Duration.ofDays(1)), now, out));
        assertThat(period)
                .as("both events, among everything else that started in the period")
                .anySatisfy(
                        line -> assertThat(line).startsWith("City of Turin ").endsWith(",IT,3,2"));
        var later = export(out -> attendance.exportParticipation(now, now.plus(Duration.ofDays(30)), out));
        assertThat(later).noneSatisfy(line -> assertThat(line).startsWith("City of Turin "));
    }

    @Test
    void only_the_secretariat_exports_participation_and_a_period_ends_after_it_starts() {
        var id = as(c.lead(), Role.MEMBER, () -> eventScheduling.create(webconference(c.groupId(), false, null)));
        assertThatThrownBy(() -> as(c.lead(), Role.MEMBER, () -> {
                    attendance.exportEventParticipation(id, new ByteArrayOutputStream());
                    return null;
                }))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as(c.lead(), Role.MEMBER, () -> attendance.mayExportParticipation()))
                .isFalse();
        assertThat(as(c.admin(), Role.ADMIN, () -> attendance.mayExportParticipation()))
                .isTrue();
        var now = Instant.now();
        assertThatThrownBy(() -> as(c.admin(), Role.ADMIN, () -> {
                    attendance.exportParticipation(now, now, new ByteArrayOutputStream());
                    return null;
                }))
                .isInstanceOfSatisfying(
                        UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("event.error.period"));
    }

    /** The lines of an export the secretariat made. */
    private List<String> export(Consumer<OutputStream> exporting) {
        var out = new ByteArrayOutputStream();
        as(c.admin(), Role.ADMIN, () -> {
            exporting.accept(out);
            return null;
        });
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    private void record(long organiser, Role role, long eventId, long personId, boolean attended) {
        as(organiser, role, () -> {
            attendance.record(eventId, personId, attended);
            return null;
        });
    }

    private void assertRefused(long organiser, long eventId, long personId, String key) {
        assertThatThrownBy(() -> record(organiser, Role.MEMBER, eventId, personId, true))
                .as(key)
                .isInstanceOfSatisfying(
                        UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(key));
    }
}
