package eu.praxis.notification.ui;

import static eu.praxis.notification.NotificationFixtures.as;
import static eu.praxis.notification.NotificationFixtures.asSystem;
import static eu.praxis.notification.NotificationFixtures.body;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import eu.praxis.IntegrationTest;
import eu.praxis.ViewTestSupport;
import eu.praxis.event.EventCalendar;
import eu.praxis.event.EventFixtures;
import eu.praxis.event.EventScheduling;
import eu.praxis.event.RegistrationStatus;
import eu.praxis.group.GroupAdministration;
import eu.praxis.group.GroupDirectory;
import eu.praxis.group.GroupMembership;
import eu.praxis.group.JoinPolicy;
import eu.praxis.member.MemberService;
import eu.praxis.notification.Delivery;
import eu.praxis.notification.NotificationFixtures;
import eu.praxis.notification.NotificationFixtures.Someone;
import eu.praxis.notification.NotificationItem;
import eu.praxis.notification.NotificationKind;
import eu.praxis.notification.NotificationService;
import eu.praxis.notification.Notifier;
import eu.praxis.notification.Subject;
import eu.praxis.notification.SubjectType;
import eu.praxis.organisation.OrganisationFixtures;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithAnonymousUser;

/** The bell, the notifications page, the settings page, the public unsubscribe page and the register link's page. */
@IntegrationTest
@ViewPackages(packages = "eu.praxis")
class NotificationViewsTest extends ViewTestSupport {

    @Autowired
    Notifier notifier;

    @Autowired
    NotificationService notifications;

    @Autowired
    MemberService members;

    @Autowired
    GroupDirectory groups;

    @Autowired
    GroupAdministration groupAdministration;

    @Autowired
    GroupMembership groupMembership;

    @Autowired
    OrganisationFixtures organisations;

    @Autowired
    GreenMail mail;

    @Autowired
    EventScheduling eventScheduling;

    @Autowired
    EventCalendar calendar;

    @Autowired
    JdbcClient jdbc;

    NotificationFixtures fixtures;
    Someone reader;
    long group;
    String slug;

    @BeforeEach
    void createPerson() {
        fixtures = new NotificationFixtures(
                members, groups, groupMembership, groupAdministration, organisations, notifications, mail, jdbc);
        reader = fixtures.person(Locale.ENGLISH);
        group = fixtures.group(JoinPolicy.OPEN, reader);
        slug = fixtures.slugOf(group);
    }

    @Test
    void the_page_lists_the_newest_first_and_opening_one_marks_it_read_and_goes_to_its_page() {
        notifyReader("Older");
        notifyReader("Newer");
        logInAs(reader.email());

        navigate(NotificationsView.class);

        assertThat(badge()).isEqualTo("2");
        // in the top bar, which stays on a phone (the drawer folds away)
        assertThat(find(Button.class)
                        .withClassName("notification-bell")
                        .single()
                        .getElement()
                        .getAttribute("slot"))
                .isEqualTo("navbar");
        @SuppressWarnings("unchecked")
        var grid = test((Grid<NotificationItem>) find(Grid.class).single());
        assertThat(grid.size()).isEqualTo(2);
        assertThat(grid.getRow(0).subjectTitle()).isEqualTo("Newer");
        assertThat(grid.getCellText(0, 0)).isEqualTo(t("notification.unread"));
        assertThat(grid.getCellText(1, 1)).isEqualTo(t(NotificationKind.JOIN_OUTCOME.textKey(), "", "Older"));

        grid.clickRow(1);

        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("groups/" + slug);
        assertThat(badge()).as("refreshed on navigation").isEqualTo("1");
        assertThat(as(reader, notifications::unreadCount)).isEqualTo(1);
    }

    @Test
    void mark_all_read_empties_the_unread_count() {
        notifyReader("One");
        notifyReader("Two");
        logInAs(reader.email());
        navigate(NotificationsView.class);

        test(find(Button.class).withText(t("notification.mark-all-read")).single())
                .click();

        assertThat(as(reader, notifications::unreadCount)).isZero();
        @SuppressWarnings("unchecked")
        var grid = test((Grid<NotificationItem>) find(Grid.class).single());
        assertThat(grid.getCellText(0, 0)).isEmpty();
        assertThat(notifications()).contains(t("notification.marked-all-read"));
    }

    @Test
    void the_settings_page_saves_a_delivery_and_mutes_and_unmutes_a_group() {
        logInAs(reader.email());
        navigate(NotificationSettingsView.class);

        @SuppressWarnings("unchecked")
        var mention = (Select<Delivery>) find(Select.class).id("delivery-" + NotificationKind.MENTION.name());
        assertThat(mention.getValue()).isEqualTo(Delivery.IMMEDIATE);
        test(mention).selectItem(t("notification.delivery.daily"));

        assertThat(as(reader, () -> notifications.mySettings().deliveries().get(NotificationKind.MENTION)))
                .isEqualTo(Delivery.DAILY);

        var groupName = as(reader, () -> notifications.mySettings().groupsToMute())
                .getFirst()
                .name();
        test(find(ComboBox.class).single()).selectItem(groupName);
        test(find(Button.class).id("mute")).click();

        assertThat(as(reader, () -> notifications.mySettings().mutedGroups()))
                .extracting(g -> g.id())
                .containsExactly(group);
        assertThat(find(Span.class).withText(groupName).exists()).isTrue();

        test(find(Button.class).id("unmute-" + group)).click();

        assertThat(as(reader, () -> notifications.mySettings().mutedGroups())).isEmpty();
        assertThat(find(Paragraph.class)
                        .withText(t("notification.settings.mutes.empty"))
                        .exists())
                .isTrue();
    }

    @Test
    @WithAnonymousUser
    void the_unsubscribe_link_works_without_login_and_a_tampered_one_is_explained() {
        notifier.notifyPeople(
                NotificationKind.MENTION,
                List.of(reader.id()),
                new Subject(SubjectType.GROUP, group, "Mentioned", "groups/" + slug),
                null,
                group,
                NotificationViewsTest::everyone);
        var matcher = Pattern.compile("/notifications/unsubscribe/([A-Za-z0-9_-]+)")
                .matcher(body(fixtures.awaitMails(reader, 1).getFirst()));
        assertThat(matcher.find()).isTrue();
        var token = matcher.group(1);

        navigate("notifications/unsubscribe/x" + token, UnsubscribeView.class);
        assertThat(find(H1.class).single().getText()).isEqualTo(t("notification.unsubscribe.invalid.title"));
        assertThat(as(reader, () -> notifications.mySettings().deliveries().get(NotificationKind.MENTION)))
                .isEqualTo(Delivery.IMMEDIATE);

        navigate("notifications/unsubscribe/" + token, UnsubscribeView.class);

        assertThat(find(H1.class).single().getText()).isEqualTo(t("notification.unsubscribe.title"));
        assertThat(find(Paragraph.class)
                        .withText(t("notification.unsubscribe.done", t(NotificationKind.MENTION.labelKey())))
                        .exists())
                .isTrue();
        assertThat(as(reader, () -> notifications.mySettings().deliveries().get(NotificationKind.MENTION)))
                .isEqualTo(Delivery.IN_APP);
    }

    @Test
    void the_register_link_of_a_new_events_mail_registers_its_reader_and_shows_the_event() {
        as(reader, () -> notifications.changeDelivery(NotificationKind.NEW_EVENT, Delivery.IMMEDIATE));
        var colleague = fixtures.person(Locale.ENGLISH);
        var eventId = asSystem(() -> eventScheduling.create(EventFixtures.webconference(group, false, null)));
        var matcher = Pattern.compile("/notifications/register/([A-Za-z0-9_-]+)")
                .matcher(body(fixtures.awaitMails(reader, 1).getFirst()));
        assertThat(matcher.find()).isTrue();
        var token = matcher.group(1);

        logInAs(colleague.email());
        navigate("notifications/register/" + token, RegisterLinkView.class);
        assertThat(find(H1.class).single().getText()).isEqualTo(t("notification.register.invalid.title"));

        logInAs(reader.email());
        UI.getCurrent().navigate("notifications/register/" + token);

        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("events/" + eventId);
        assertThat(notifications()).contains(t("event.registered.CONFIRMED"));
        assertThat(as(reader, () -> calendar.get(eventId).myRegistration())).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(as(colleague, () -> calendar.get(eventId).myRegistration())).isNull();
    }

    private static java.util.Set<Long> everyone(java.util.Collection<eu.praxis.security.Viewer> people) {
        return people.stream().map(eu.praxis.security.Viewer::personId).collect(java.util.stream.Collectors.toSet());
    }

    private void notifyReader(String title) {
        notifier.notifyPeople(
                NotificationKind.JOIN_OUTCOME,
                List.of(reader.id()),
                new Subject(SubjectType.GROUP, group, title, "groups/" + slug),
                null,
                group,
                NotificationViewsTest::everyone);
    }

    private String badge() {
        var badge = find(Span.class).withClassName("notification-badge").single();
        return badge.isVisible() ? badge.getText() : "";
    }
}
