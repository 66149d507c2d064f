package eu.praxis.event.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import eu.praxis.IntegrationTest;
import eu.praxis.TestClock;
import eu.praxis.TestLogins;
import eu.praxis.TestPeople;
import eu.praxis.ViewTestSupport;
import eu.praxis.event.EventCalendar;
import eu.praxis.event.EventFixtures;
import eu.praxis.event.EventFixtures.Cast;
import eu.praxis.event.EventListItem;
import eu.praxis.event.EventRegistrations;
import eu.praxis.event.EventScheduling;
import eu.praxis.event.RegistrationItem;
import eu.praxis.group.GroupAdministration;
import eu.praxis.group.GroupDirectory;
import eu.praxis.group.GroupMembership;
import eu.praxis.member.MemberService;
import eu.praxis.security.Role;
import eu.praxis.security.RunAs;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
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

    @Autowired
    TestClock clock;

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

    @Test
    void once_the_event_has_started_the_organiser_ticks_who_attended() {
        TestLogins.as(c.member(), Role.MEMBER, () -> eventRegistrations.register(eventId));
        logInAs(email(c.lead()));
        navigate(EventView.class, Map.of(EventView.ID, Long.toString(eventId)));
        assertThat(attendedBox().isEnabled()).as("before the start").isFalse();

        clock.advance(Duration.ofDays(7).plusMinutes(10));
        navigate(EventView.class, Map.of(EventView.ID, Long.toString(eventId)));
        test(attendedBox()).click();

        assertThat(eventRegistrations.registrations(eventId))
                .singleElement()
                .satisfies(r -> assertThat(r.attended()).isTrue());
        assertThat(find(Anchor.class).withId("export-participation").exists())
                .as("the secretariat's")
                .isFalse();
    }

    @Test
    void the_secretariat_exports_participation_from_the_calendar_and_the_event_page() {
        logInAs(email(c.admin()));
        navigate(EventCalendarView.class);
        assertThat(find(Anchor.class).id("export-period-participation").getHref())
                .isNotBlank();
        navigate(EventView.class, Map.of(EventView.ID, Long.toString(eventId)));
        assertThat(find(Anchor.class).id("export-participation").getHref()).isNotBlank();

        logInAs(email(c.lead()));
        navigate(EventCalendarView.class);
        assertThat(find(Anchor.class).withId("export-period-participation").exists())
                .isFalse();
    }

    @Test
    void a_lead_of_two_groups_schedules_a_joint_session_and_its_page_names_both() {
        RunAs.secretariat(() -> groupAdministration.appointLead(c.otherGroupId(), c.lead()));
        logInAs(email(c.lead()));
        navigate(EventCalendarView.class);
        test(find(Button.class).id("new-event")).click();
        var dialog = find(EventEditorDialog.class).single();
        var joint = "Joint session " + UUID.randomUUID();
        dialog.title.setValue(joint);
        dialog.link.setValue("https://meet.example.org/joint");
        dialog.group.setValue(c.groupId());
        dialog.otherGroups.setValue(Set.of(c.otherGroupId()));

        test(find(Button.class).id("save-event")).click();

        var path = UI.getCurrent().getActiveViewLocation().getPath();
        assertThat(path).startsWith("events/");
        var id = Long.parseLong(path.substring("events/".length()));
        assertThat(events.get(id).otherGroups()).containsOnlyKeys(c.otherGroupId());
        var names = groups.groupNames(Set.of(c.groupId(), c.otherGroupId()));
        assertThat(find(Span.class).id("event-groups").getText())
                .contains(names.get(c.groupId()))
                .contains(names.get(c.otherGroupId()));
    }

    /** The "attended" box of the one registration, in the last column of the registrations. */
    private Checkbox attendedBox() {
        @SuppressWarnings("unchecked")
        var grid = test((Grid<RegistrationItem>) find(Grid.class).id("registrations"));
        return (Checkbox) grid.getCellComponent(0, 4);
    }

    private List<EventListItem> rows(EventCalendarView view) {
        var tester = test(view.grid);
        var items = new ArrayList<EventListItem>();
        for (var i = 0; i < tester.size(); i++) {
            items.add(tester.getRow(i));
        }
        return items;
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private String email(long personId) {
        return TestLogins.as(0, Role.ADMIN, () -> members.profile(personId).email());
    }
}
