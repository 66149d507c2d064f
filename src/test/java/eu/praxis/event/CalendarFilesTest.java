package eu.praxis.event;

import static eu.praxis.event.EventFixtures.as;
import static eu.praxis.event.EventFixtures.webconference;
import static org.assertj.core.api.Assertions.assertThat;

import eu.praxis.IntegrationTest;
import eu.praxis.TestPeople;
import eu.praxis.event.EventFixtures.Cast;
import eu.praxis.group.GroupAdministration;
import eu.praxis.group.GroupDirectory;
import eu.praxis.group.GroupMembership;
import eu.praxis.member.MemberService;
import eu.praxis.security.PraxisUser;
import eu.praxis.security.Role;
import eu.praxis.security.RunAs;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The .ics files, parsed back with ical4j, and the personal feed over plain HTTP without login. */
@IntegrationTest
class CalendarFilesTest {

    @Autowired
    EventCalendar events;

    @Autowired
    EventRegistrations eventRegistrations;

    @Autowired
    EventScheduling eventScheduling;

    @Autowired
    CalendarFeedService feeds;

    @Autowired
    TestPeople people;

    @Autowired
    GroupDirectory groups;

    @Autowired
    GroupAdministration groupAdministration;

    @Autowired
    GroupMembership groupMembership;

    @Autowired
    MemberService members;

    @Autowired
    ICalendars icalendars;

    @Autowired
    EventRepository entities;

    @Autowired
    WebApplicationContext context;

    @LocalServerPort
    int port;

    final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    Cast c;

    @BeforeEach
    void cast() {
        c = new EventFixtures(people, groups, groupMembership, groupAdministration).cast();
    }

    @Test
    void an_events_file_is_valid_icalendar_with_a_stable_uid_and_a_rising_sequence() throws Exception {
        var draft = webconference(null, false, null);
        var id = as(c.admin(), Role.ADMIN, () -> eventScheduling.create(draft));
        var first = parse(as(c.member(), Role.MEMBER, () -> events.ics(id)));
        assertThat(first.validate().getEntries()).as("RFC 5545 validation").isEmpty();
        assertThat(value(first, Property.METHOD)).isEqualTo("PUBLISH");
        var event = (VEvent) first.getComponents().getFirst();
        var uid = value(event, Property.UID);
        assertThat(uid).startsWith("event-" + id + "@");
        assertThat(value(event, Property.SEQUENCE)).isEqualTo("0");
        assertThat(value(event, Property.STATUS)).isEqualTo("CONFIRMED");
        assertThat(value(event, Property.SUMMARY)).isEqualTo(draft.title());
        assertThat(event.getProperty(Property.DTSTAMP)).isPresent();
        assertThat(Instant.from(event.getStartDate().orElseThrow().getDate()))
                .isEqualTo(draft.start().atZone(draft.timeZone()).toInstant());

        as(c.admin(), Role.ADMIN, () -> {
            eventScheduling.update(id, draft, null);
            eventScheduling.cancel(id);
            return null;
        });
        var last = (VEvent) parse(as(c.member(), Role.MEMBER, () -> events.ics(id)))
                .getComponents()
                .getFirst();
        assertThat(value(last, Property.UID)).isEqualTo(uid);
        assertThat(value(last, Property.SEQUENCE)).isEqualTo("2");
        assertThat(value(last, Property.STATUS)).isEqualTo("CANCELLED");
    }

    @Test
    void the_mail_attachment_is_a_valid_itip_request_and_a_cancellation_a_cancel() throws Exception {
        var id = as(c.admin(), Role.ADMIN, () -> eventScheduling.create(webconference(null, false, null)));
        var event = entities.findById(id).orElseThrow();
        var request = parse(icalendars.invitation(event, "Ana Silva", "ana@test.example", true));
        assertThat(request.validate().getEntries())
                .as("RFC 5545/5546 validation")
                .isEmpty();
        assertThat(value(request, Property.METHOD)).isEqualTo("REQUEST");
        var vevent = (VEvent) request.getComponents().getFirst();
        assertThat(value(vevent, Property.ATTENDEE)).isEqualTo("mailto:ana@test.example");
        assertThat(value(vevent, Property.DESCRIPTION)).contains("https://meet.example.org/room-1");

        as(c.admin(), Role.ADMIN, () -> {
            eventScheduling.cancel(id);
            return null;
        });
        var cancel = parse(
                icalendars.invitation(entities.findById(id).orElseThrow(), "Ana Silva", "ana@test.example", false));
        assertThat(value(cancel, Property.METHOD)).isEqualTo("CANCEL");
        assertThat(value((VEvent) cancel.getComponents().getFirst(), Property.STATUS))
                .isEqualTo("CANCELLED");
    }

    @Test
    void the_feed_lists_my_places_without_login_and_a_new_address_ends_the_old_one() throws Exception {
        var mine = as(c.admin(), Role.ADMIN, () -> eventScheduling.create(webconference(null, false, null)));
        var notMine = as(c.admin(), Role.ADMIN, () -> eventScheduling.create(webconference(null, false, null)));
        as(c.member(), Role.MEMBER, () -> eventRegistrations.register(mine));
        assertThat(as(c.member(), Role.MEMBER, () -> feeds.hasFeed())).isFalse();
        var address = as(c.member(), Role.MEMBER, () -> feeds.regenerate());
        var token = address.substring(address.lastIndexOf('/') + 1, address.length() - ".ics".length());
        assertThat(token).matches("[A-Za-z0-9_-]{43}");

        var response = get("/calendar/" + token + ".ics");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/calendar"));
        var feed = parse(response.body());
        var uids = feed.getComponents().stream()
                .map(e -> value((VEvent) e, Property.UID))
                .toList();
        assertThat(uids)
                .anyMatch(u -> u.startsWith("event-" + mine + "@"))
                .noneMatch(u -> u.startsWith("event-" + notMine + "@"));

        var newAddress = as(c.member(), Role.MEMBER, () -> feeds.regenerate());
        assertThat(get("/calendar/" + token + ".ics").statusCode())
                .as("old address")
                .isEqualTo(404);
        var newToken = newAddress.substring(newAddress.lastIndexOf('/') + 1, newAddress.length() - 4);
        assertThat(get("/calendar/" + newToken + ".ics").statusCode()).isEqualTo(200);

        as(c.member(), Role.MEMBER, () -> {
            feeds.revoke();
            return null;
        });
        assertThat(get("/calendar/" + newToken + ".ics").statusCode())
                .as("revoked")
                .isEqualTo(404);
        assertThat(get("/calendar/unknown-token.ics").statusCode()).isEqualTo(404);
    }

    @Test
    void the_feed_asks_the_event_policy_as_its_owner_each_time_and_ends_with_the_account() throws Exception {
        var groupEvent =
                as(c.lead(), Role.MEMBER, () -> eventScheduling.create(webconference(c.groupId(), true, null)));
        var networkEvent = as(c.admin(), Role.ADMIN, () -> eventScheduling.create(webconference(null, false, null)));
        as(c.member(), Role.MEMBER, () -> eventRegistrations.register(groupEvent));
        as(c.member(), Role.MEMBER, () -> eventRegistrations.register(networkEvent));
        var address = as(c.member(), Role.MEMBER, () -> feeds.regenerate());
        var path = address.substring(address.indexOf("/calendar/"));
        assertThat(uids(get(path).body())).anyMatch(u -> u.startsWith("event-" + groupEvent + "@"));

        as(c.member(), Role.MEMBER, () -> {
            groupMembership.leave(c.groupId());
            return null;
        });
        var afterLeaving = get(path);
        assertThat(afterLeaving.statusCode()).isEqualTo(200);
        assertThat(uids(afterLeaving.body()))
                .as("the group's members-only event is gone, the network's stays")
                .noneMatch(u -> u.startsWith("event-" + groupEvent + "@"))
                .anyMatch(u -> u.startsWith("event-" + networkEvent + "@"));

        RunAs.secretariat(() -> members.disable(c.member()));
        assertThat(get(path).statusCode()).as("owner disabled").isEqualTo(404);
    }

    private static List<String> uids(byte[] ics) throws Exception {
        return parse(ics).getComponents().stream()
                .map(e -> value((VEvent) e, Property.UID))
                .toList();
    }

    @Test
    void an_events_file_needs_login() throws Exception {
        var id = as(c.admin(), Role.ADMIN, () -> eventScheduling.create(webconference(null, false, null)));
        var response = get("/events/" + id + ".ics");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
    }

    @Test
    void a_member_downloads_an_events_file_one_who_may_not_see_it_gets_not_found() throws Exception {
        var id = as(c.lead(), Role.MEMBER, () -> eventScheduling.create(webconference(c.groupId(), true, null)));
        var mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
        var ok = mvc.perform(MockMvcRequestBuilders.get("/events/" + id + ".ics")
                        .with(SecurityMockMvcRequestPostProcessors.user(user(c.member()))))
                .andReturn()
                .getResponse();
        assertThat(ok.getStatus()).isEqualTo(200);
        assertThat(ok.getContentType()).startsWith("text/calendar");
        assertThat(parse(ok.getContentAsByteArray()).getComponents()).hasSize(1);
        var hidden = mvc.perform(MockMvcRequestBuilders.get("/events/" + id + ".ics")
                        .with(SecurityMockMvcRequestPostProcessors.user(user(c.outsider()))))
                .andReturn()
                .getResponse();
        assertThat(hidden.getStatus()).isEqualTo(404);
    }

    private static PraxisUser user(long personId) {
        return new PraxisUser(
                personId, 0, "person-" + personId, "Person", Role.MEMBER, Locale.ENGLISH, null, true, true);
    }

    private HttpResponse<byte[]> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static Calendar parse(byte[] ics) throws Exception {
        return new CalendarBuilder().build(new ByteArrayInputStream(ics));
    }

    private static String value(net.fortuna.ical4j.model.PropertyContainer container, String name) {
        List<Property> properties = container.getProperties(name);
        assertThat(properties).as(name).hasSize(1);
        return properties.getFirst().getValue();
    }
}
