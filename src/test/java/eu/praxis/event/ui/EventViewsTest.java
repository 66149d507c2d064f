package eu.praxis.event.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import eu.praxis.IntegrationTest;
import eu.praxis.TestLogins;
import eu.praxis.TestPeople;
import eu.praxis.ViewTestSupport;
import eu.praxis.event.EventCalendar;
import eu.praxis.event.EventFixtures;
import eu.praxis.event.EventFixtures.Cast;
import eu.praxis.event.EventListItem;
import eu.praxis.event.EventRegistrations;
import eu.praxis.event.EventScheduling;
import eu.praxis.group.GroupAdministration;
import eu.praxis.group.GroupDirectory;
import eu.praxis.group.GroupMembership;
import eu.praxis.member.MemberService;
import eu.praxis.security.Role;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithAnonymousUser;

/** The calendar (list and month) and an event's page, as fresh people of a fresh group. */
@IntegrationTest
@ViewPackages(packages = "eu.praxis")
@WithAnonymousUser
class EventViewsTest extends ViewTestSupport {

    @Autowired
    EventCalendar events;

    @Autowired
    EventRegistrations eventRegistrations;

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
    MemberService members;

    Cast c;
    long eventId;
    String title = "";

    @BeforeEach
    void event() {
        c = new EventFixtures(people, groups, groupMembership, groupAdministration).cast();
        var draft = EventFixtures.webconference(c.groupId(), false, 5);
        title = draft.title();
        eventId = TestLogins.as(c.lead(), Role.MEMBER, () -> eventScheduling.create(draft));
    }

    @Test
    void the_calendar_lists_upcoming_events_and_my_registrations() {
        logInAs(email(c.member()));
        var view = navigate(EventCalendarView.class);
        assertThat(rows(view)).extracting(EventListItem::id).contains(eventId);

        view.mine.setValue(true);
        assertThat(rows(view)).extracting(EventListItem::id).doesNotContain(eventId);
        eventRegistrations.register(eventId);
        view.mine.setValue(false);
        view.mine.setValue(true);
        assertThat(rows(view)).extracting(EventListItem::id).contains(eventId);
        assertThat(find(Button.class).withId("new-event").exists())
                .as("a member schedules nothing")
                .isFalse();
    }

    @Test
    void the_month_view_shows_the_event_on_its_day() {
        logInAs(email(c.member()));
        var view = navigate(EventCalendarView.class);
        // a radio group, not vaadin-tabs (axe aria-required-children)
        assertThat(find(com.vaadin.flow.component.tabs.Tabs.class).exists()).isFalse();
        view.modes.setValue(EventCalendarView.Mode.MONTH);
        var day = LocalDate.ofInstant(events.get(eventId).startsAt(), EventFixtures.PARIS)
                .toString();
        if (find(Div.class).withAttribute("data-date", day).all().isEmpty()) {
            test(find(Button.class).id("month-next")).click();
        }
        var cell = find(Div.class).withAttribute("data-date", day).single();
        assertThat(text(cell)).contains(title);
    }

    @Test
    void the_link_shows_only_after_registering() {
        logInAs(email(c.member()));
        navigate(EventView.class, Map.of(EventView.ID, Long.toString(eventId)));
        assertThat(find(Anchor.class).withId("online-link").exists()).isFalse();
        assertThat(find(com.vaadin.flow.component.html.Span.class)
                        .withId("online-link-hidden")
                        .exists())
                .isTrue();
        assertThat(find(com.vaadin.flow.component.grid.Grid.class)
                        .withId("registrations")
                        .exists())
                .isFalse();

        test(find(Button.class).id("register")).click();

        assertThat(notifications()).contains(t("event.registered.CONFIRMED"));
        assertThat(find(Anchor.class).id("online-link").getHref()).isEqualTo("https://meet.example.org/room-1");
        assertThat(find(Button.class).withId("register").exists()).isFalse();
        assertThat(find(Button.class).withId("unregister").exists()).isTrue();
    }

    @Test
    void the_organiser_sees_the_registrations_and_their_export() {
        TestLogins.as(c.member(), Role.MEMBER, () -> eventRegistrations.register(eventId));
        logInAs(email(c.lead()));
        navigate(EventView.class, Map.of(EventView.ID, Long.toString(eventId)));
        var grid = find(com.vaadin.flow.component.grid.Grid.class).id("registrations");
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(find(Anchor.class).id("export-registrations").getHref()).isNotBlank();
        assertThat(find(Button.class).withId("edit-event").exists()).isTrue();
    }

    private List<EventListItem> rows(EventCalendarView view) {
        var tester = test(view.grid);
        var items = new ArrayList<EventListItem>();
        for (var i = 0; i < tester.size(); i++) {
            items.add(tester.getRow(i));
        }
        return items;
    }

    private String email(long personId) {
        return TestLogins.as(0, Role.ADMIN, () -> members.profile(personId).email());
    }
}
