package eu.praxis.event;

import static eu.praxis.event.EventFixtures.as;
import static eu.praxis.event.EventFixtures.ofKind;
import static eu.praxis.event.EventFixtures.webconference;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import eu.praxis.IntegrationTest;
import eu.praxis.TestClock;
import eu.praxis.TestPeople;
import eu.praxis.base.UserFacingException;
import eu.praxis.event.EventFixtures.Cast;
import eu.praxis.group.GroupAdministration;
import eu.praxis.group.GroupDirectory;
import eu.praxis.group.GroupMembership;
import eu.praxis.member.MemberService;
import eu.praxis.organisation.OrganisationFixtures;
import eu.praxis.organisation.OrganisationKind;
import eu.praxis.security.Role;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Registration: places, the waiting list, deadlines, simultaneous requests, the link, export, mails, reminders. */
@IntegrationTest
class RegistrationTest {

    @Autowired
    EventCalendar events;

    @Autowired
    EventRegistrations eventRegistrations;

    @Autowired
    EventScheduling eventScheduling;

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
    MemberService members;

    @Autowired
    TestClock clock;

    @Autowired
    GreenMail mail;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EventReminders reminders;

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
    void places_go_first_come_then_the_waiting_list_which_moves_up_when_someone_cancels() {
        var id = as(c.admin(), Role.ADMIN, () -> eventScheduling.create(webconference(null, false, 2)));
        var a = person();
        var b = person();
        var d = person();
        var e = person();
        assertThat(register(a, id)).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(register(b, id)).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(register(d, id)).isEqualTo(RegistrationStatus.WAITING);
        assertThat(register(e, id)).isEqualTo(RegistrationStatus.WAITING);
        assertThat(get(e, id).waitingPosition()).isEqualTo(2);
        assertThat(get(a, id).placesLeft()).isZero();

        as(b, Role.MEMBER, () -> {
            eventRegistrations.cancelRegistration(id);
            return null;
        });

        assertThat(get(d, id).myRegistration())
                .as("first waiting gets the place")
                .isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(get(e, id).waitingPosition()).isEqualTo(1);
        assertThat(get(b, id).myRegistration()).isNull();
        assertThat(get(b, id).mayRegister())
                .as("full, but the waiting list is open")
                .isTrue();
    }

    @Test
    void a_person_registers_once() {
        var id = as(c.admin(), Role.ADMIN, () -> eventScheduling.create(webconference(null, false, null)));
        var a = person();
        register(a, id);
        assertThatThrownBy(() -> register(a, id))
                .isInstanceOfSatisfying(
                        UserFacingException.class,
                        ex -> assertThat(ex.messageKey()).isEqualTo("event.error.already-registered"));
        assertThat(get(a, id).mayRegister()).isFalse();
        assertThat(get(a, id).mayCancelRegistration()).isTrue();
    }

    @Test
    void registration_closes_at_the_deadline() {
        var draft = webconference(null, false, null);
        var id = as(
                c.admin(),
                Role.ADMIN,
                () -> eventScheduling.create(new EventDraft(
                        draft.kind(),
                        draft.title(),
                        null,
                        draft.start(),
                        draft.end(),
                        draft.timeZone(),
                        null,
                        draft.onlineLink(),
                        null,
                        Set.of(),
                        false,
                        null,
                        draft.start().minusDays(2))));
        var a = person();
        clock.advance(Duration.ofDays(5).plusHours(1));
        assertThatThrownBy(() -> register(a, id))
                .isInstanceOfSatisfying(
                        UserFacingException.class,
                        ex -> assertThat(ex.messageKey()).isEqualTo("event.error.closed"));
        assertThat(get(a, id).mayRegister()).isFalse();
    }

    @Test
    void researchers_register_for_webconferences_only() {
        var webconference = as(c.admin(), Role.ADMIN, () -> eventScheduling.create(webconference(null, false, null)));
        var seminar = as(c.admin(), Role.ADMIN, () -> eventScheduling.create(ofKind(EventKind.SEMINAR, null, false)));
        assertThat(as(c.researcher(), Role.RESEARCHER, () -> eventRegistrations.register(webconference)))
                .isEqualTo(RegistrationStatus.CONFIRMED);
        assertThatThrownBy(() -> as(c.researcher(), Role.RESEARCHER, () -> eventRegistrations.register(seminar)))
                .isInstanceOfSatisfying(
                        UserFacingException.class,
                        ex -> assertThat(ex.messageKey()).isEqualTo("event.error.may-not-register"));
    }

    @Test
    void ten_people_at_once_for_three_places_give_exactly_three_places_and_seven_waiting() throws Exception {
        var id = as(c.admin(), Role.ADMIN, () -> eventScheduling.create(webconference(null, false, 3)));
        var persons = new ArrayList<Long>();
        for (var i = 0; i < 10; i++) {
            persons.add(person());
        }
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(10);
        try {
            var results = new ArrayList<Future<RegistrationStatus>>();
            for (var p : persons) {
                Callable<RegistrationStatus> call = () -> {
                    start.await();
                    return as(p, Role.MEMBER, () -> eventRegistrations.register(id));
                };
                results.add(pool.submit(call));
            }
            start.countDown();
            var statuses = new ArrayList<RegistrationStatus>();
            for (var f : results) {
                statuses.add(f.get());
            }
            assertThat(statuses)
                    .filteredOn(s -> s == RegistrationStatus.CONFIRMED)
                    .hasSize(3);
            assertThat(statuses)
                    .filteredOn(s -> s == RegistrationStatus.WAITING)
                    .hasSize(7);
        } finally {
            pool.shutdownNow();
        }
        var rows = jdbc.queryForList("select person_id, status from event_registration where event_id = ?", id);
        assertThat(rows).hasSize(10);
        assertThat(new HashSet<>(rows.stream().map(r -> r.get("person_id")).toList()))
                .hasSize(10);
        assertThat(rows.stream().filter(r -> "CONFIRMED".equals(r.get("status"))))
                .hasSize(3);
    }

    @Test
    void the_online_link_is_for_confirmed_people_and_organisers_only() {
        var id = as(c.lead(), Role.MEMBER, () -> eventScheduling.create(webconference(c.groupId(), false, 1)));
        var first = person();
        var waiting = person();
        register(first, id);
        register(waiting, id);
        assertThat(get(first, id).onlineLink()).isEqualTo("https://meet.example.org/room-1");
        assertThat(get(waiting, id).onlineLink()).isNull();
        assertThat(get(waiting, id).online()).isTrue();
        assertThat(get(c.outsider(), id).onlineLink()).isNull();
        assertThat(as(c.lead(), Role.MEMBER, () -> events.get(id)).onlineLink()).isNotNull();
        var ics = as(c.outsider(), Role.MEMBER, () -> new String(events.ics(id), StandardCharsets.UTF_8));
        assertThat(ics).doesNotContain("meet.example.org/room-1");
    }

    @Test
    void organisers_export_the_registrations_as_csv_others_may_not() {
        var id = as(c.lead(), Role.MEMBER, () -> eventScheduling.create(webconference(c.groupId(), false, 1)));
        var organisationName = "City of Registrations " + OrganisationFixtures.unique();
        var first = people.person(organisations.named(organisationName, OrganisationKind.CITY, "Turin"), Role.MEMBER);
        var second = person();
        register(first, id);
        register(second, id);
        var out = new ByteArrayOutputStream();
        as(c.lead(), Role.MEMBER, () -> {
            eventRegistrations.exportRegistrations(id, out);
            return null;
        });
        var lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.getFirst()).isEqualTo("name,email,organisation,status,registered_at,attended");
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).contains(email(first)).contains("CONFIRMED").contains(organisationName);
        assertThat(lines.get(2)).contains(email(second)).contains("WAITING");
        assertThatThrownBy(() -> as(first, Role.MEMBER, () -> {
                    eventRegistrations.exportRegistrations(id, new ByteArrayOutputStream());
                    return null;
                }))
                .isInstanceOf(UserFacingException.class);
    }

    @Test
    void a_confirmed_or_promoted_person_gets_a_mail_with_the_event_as_a_calendar_file() throws Exception {
        var id = as(c.admin(), Role.ADMIN, () -> eventScheduling.create(webconference(null, false, 1)));
        var first = person();
        var waiting = person();
        register(first, id);
        register(waiting, id);
        var confirmation = awaitMail(email(first));
        assertThat(confirmation.getSubject()).startsWith("Your place: ");
        assertThat(calendarPart(confirmation)).contains("METHOD:REQUEST").contains("UID:event-" + id + "@");
        as(first, Role.MEMBER, () -> {
            eventRegistrations.cancelRegistration(id);
            return null;
        });
        var promotion = awaitMail(email(waiting));
        assertThat(promotion.getSubject()).startsWith("A place freed up for you");
        assertThat(calendarPart(promotion)).contains("https://meet.example.org/room-1");
    }

    @Test
    void cancelling_the_event_tells_everyone_registered_and_closes_registration() throws Exception {
        var id = as(c.admin(), Role.ADMIN, () -> eventScheduling.create(webconference(null, false, null)));
        var a = person();
        register(a, id);
        awaitMail(email(a));
        as(c.admin(), Role.ADMIN, () -> {
            eventScheduling.cancel(id);
            return null;
        });
        // (the notification of the change may come by mail too, as the person's settings say)
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(() -> mailsTo(email(a)).stream().anyMatch(m -> subject(m).startsWith("Cancelled")));
        var cancelled = mailsTo(email(a)).stream()
                .filter(m -> subject(m).startsWith("Cancelled"))
                .findFirst()
                .orElseThrow();
        assertThat(calendarPart(cancelled)).contains("METHOD:CANCEL").contains("STATUS:CANCELLED");
        assertThat(get(a, id).status()).isEqualTo(EventStatus.CANCELLED);
        var b = person();
        assertThatThrownBy(() -> register(b, id))
                .isInstanceOfSatisfying(
                        UserFacingException.class,
                        ex -> assertThat(ex.messageKey()).isEqualTo("event.error.cancelled"));
    }

    @Test
    void a_reminder_is_claimed_once() {
        var draft = webconference(null, false, null);
        var soon = LocalDateTime.now(draft.timeZone()).plusHours(3).withNano(0);
        var id = as(
                c.admin(),
                Role.ADMIN,
                () -> eventScheduling.create(new EventDraft(
                        draft.kind(),
                        draft.title(),
                        null,
                        soon,
                        soon.plusHours(1),
                        draft.timeZone(),
                        null,
                        draft.onlineLink(),
                        null,
                        Set.of(),
                        false,
                        null,
                        null)));
        var later = as(c.admin(), Role.ADMIN, () -> eventScheduling.create(draft));
        var claimed = reminders.claimDue();
        assertThat(claimed).contains(id).doesNotContain(later);
        assertThat(reminders.claimDue()).as("second run, or another node").doesNotContain(id);
        assertThat(jdbc.queryForObject(
                        "select reminder_sent_at is not null from event where id = ?", Boolean.class, id))
                .isTrue();
    }

    private long person() {
        return people.person(people.organisation(), Role.MEMBER);
    }

    private RegistrationStatus register(long personId, long eventId) {
        return as(personId, Role.MEMBER, () -> eventRegistrations.register(eventId));
    }

    private EventDetails get(long personId, long eventId) {
        return as(personId, Role.MEMBER, () -> events.get(eventId));
    }

    private String email(long personId) {
        return as(0, Role.ADMIN, () -> members.profile(personId).email());
    }

    private MimeMessage awaitMail(String address) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(() -> !mailsTo(address).isEmpty());
        return mailsTo(address).getFirst();
    }

    private List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(mail.getReceivedMessages())
                .filter(m -> {
                    try {
                        return Arrays.stream(m.getAllRecipients())
                                .anyMatch(r -> r.toString().equals(address));
                    } catch (Exception e) {
                        return false;
                    }
                })
                .toList();
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The text of the one {@code text/calendar} attachment. */
    private static String calendarPart(MimeMessage message) throws Exception {
        var parts = new ArrayList<String>();
        collect((Multipart) message.getContent(), parts);
        assertThat(parts).as("text/calendar attachments").hasSize(1);
        return parts.getFirst();
    }

    private static void collect(Multipart multipart, List<String> calendars) throws Exception {
        for (var i = 0; i < multipart.getCount(); i++) {
            var part = multipart.getBodyPart(i);
            if (part.getContent() instanceof Multipart nested) {
                collect(nested, calendars);
            } else if (part.isMimeType("text/calendar")) {
                assertThat(part.getFileName()).endsWith(".ics");
                calendars.add(new String(part.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
            }
        }
    }
}
