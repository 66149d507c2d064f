package eu.praxis.group.ui;

import static eu.praxis.TestLogins.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.RouterLink;
import eu.praxis.IntegrationTest;
import eu.praxis.TestPeople;
import eu.praxis.ViewTestSupport;
import eu.praxis.WithNewPerson;
import eu.praxis.content.ui.ReasonDialog;
import eu.praxis.group.GroupAccess;
import eu.praxis.group.GroupAdministration;
import eu.praxis.group.GroupDirectory;
import eu.praxis.group.GroupFixtures;
import eu.praxis.group.GroupMembership;
import eu.praxis.group.JoinPolicy;
import eu.praxis.group.JoinRequestDeclined;
import eu.praxis.group.MembershipStatus;
import eu.praxis.group.NewGroup;
import eu.praxis.member.MemberService;
import eu.praxis.member.NewPerson;
import eu.praxis.security.CurrentUser;
import eu.praxis.security.Role;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Home, group list and group page, each test on groups and people of its own. */
@IntegrationTest
@ViewPackages(packages = "eu.praxis")
@RecordApplicationEvents
class GroupViewsTest extends ViewTestSupport {

    private static final String JOIN = "join";
    private static final String ACTION = "data-action";

    @Autowired
    ApplicationEvents events;

    @Autowired
    GroupDirectory groups;

    @Autowired
    GroupAccess groupAccess;

    @Autowired
    GroupAdministration groupAdministration;

    @Autowired
    GroupMembership groupMembership;

    @Autowired
    MemberService members;

    @Autowired
    TestPeople people;

    @Autowired
    GroupFixtures fixtures;

    /** A person of a test's own. */
    record TestPerson(long id, String email, String name) {}

    @Test
    @WithAnonymousUser
    void home_shows_my_groups_and_the_groups_I_may_join() {
        var sport = fixtures.group("Sport", JoinPolicy.OPEN, true);
        var nightlife = fixtures.group("Nightlife", JoinPolicy.OPEN, true);
        var drugs = fixtures.group("Drugs", JoinPolicy.ON_REQUEST, true);
        var innovation = fixtures.group("Innovation", JoinPolicy.OPEN, true);
        var organisedCrime = fixtures.group("Organised crime", JoinPolicy.INVITE_ONLY, false);
        var person = newMember();
        as(person.id(), Role.MEMBER, () -> groupMembership.join(sport.id()));
        logInAs(person.email());

        navigate(HomeView.class);

        assertThat(find(H1.class).single().getText()).isEqualTo(t("group.home.greeting", person.name()));
        assertThat(groupNames(section("my-groups"))).containsExactly(sport.name());
        // Open and on-request groups, not the invite-only one nor the one I am in.
        assertThat(groupNames(section("groups-to-join")))
                .contains(nightlife.name(), drugs.name(), innovation.name())
                .doesNotContain(organisedCrime.name(), sport.name());
    }

    @Test
    @WithAnonymousUser
    void a_member_joins_an_open_group_on_its_page_and_leaves_it_again() {
        var group = fixtures.group("Nightlife", JoinPolicy.OPEN, true);
        var person = newMember();
        logInAs(person.email());
        var nightlife = group.id();
        navigate("groups/" + group.slug(), GroupView.class);
        assertThat(text(section("members"))).doesNotContain(person.name());

        test(button(JOIN)).click();

        assertThat(groupAccess.isActiveMember(nightlife, person.id())).isTrue();
        assertThat(notifications()).contains(t("group.joined", group.name()));
        assertThat(text(section("members"))).contains(person.name());

        test(button("leave")).click();
        test(find(ConfirmDialog.class).single()).confirm();

        assertThat(groupAccess.isActiveMember(nightlife, person.id())).isFalse();
        assertThat(text(section("members"))).doesNotContain(person.name());
        assertThat(find(Button.class).withAttribute(ACTION, JOIN).exists()).isTrue();
    }

    @Test
    @WithNewPerson
    void a_lead_admits_and_declines_requests_to_join() {
        var lead = CurrentUser.require().personId();
        var slug = as(
                0,
                Role.ADMIN,
                () -> groupAdministration.create(new NewGroup(
                        "Requests " + UUID.randomUUID(),
                        "A group that admits on request.",
                        JoinPolicy.ON_REQUEST,
                        false)));
        var groupId = groups.get(slug).id();
        as(0, Role.ADMIN, () -> groupAdministration.appointLead(groupId, lead));
        var admitted = newMember();
        var declined = newMember();
        assertThat(as(admitted.id(), Role.MEMBER, () -> groupMembership.join(groupId)))
                .isEqualTo(MembershipStatus.PENDING);
        as(declined.id(), Role.MEMBER, () -> groupMembership.join(groupId));

        navigate("groups/" + slug, GroupView.class);
        assertThat(text(section("requests"))).contains(admitted.name(), declined.name());

        test(requestButton(admitted.name(), "group.view.admit")).click();
        test(requestButton(declined.name(), "group.view.decline")).click();
        var dialog = find(ReasonDialog.class).single();
        test(find(TextArea.class).from(dialog).single()).setValue("The group is full this year.");
        test(button(ReasonDialog.CONFIRM_ACTION)).click();

        assertThat(groupAccess.isActiveMember(groupId, admitted.id())).isTrue();
        assertThat(groupAccess.isActiveMember(groupId, declined.id())).isFalse();
        assertThat(text(section("requests"))).isEqualTo(t("group.view.requests") + t("group.view.requests.empty"));
        assertThat(text(section("members"))).contains(admitted.name()).doesNotContain(declined.name());
        assertThat(as(declined.id(), Role.MEMBER, () -> groups.get(slug)).myStatus())
                .isNull();
        assertThat(events.stream(JoinRequestDeclined.class))
                .contains(new JoinRequestDeclined(groupId, declined.id(), "The group is full this year."));

        var line = find(PersonLine.class)
                .from(section("members"))
                .withCondition(l -> text(l).contains(admitted.name()))
                .single();
        test(find(Button.class)
                        .from(line)
                        .withAttribute(ACTION, "remove-member")
                        .single())
                .click();
        test(find(ConfirmDialog.class).single()).confirm();
        assertThat(groupAccess.isActiveMember(groupId, admitted.id())).isFalse();

        logInAs(declined.email());
        as(declined.id(), Role.MEMBER, () -> groupMembership.join(groupId));
        navigate("groups/" + slug, GroupView.class);
        assertThat(find(Button.class).withAttribute(ACTION, "remove-member").exists())
                .as("for a member")
                .isFalse();
    }

    @Test
    @WithNewPerson(Role.RESEARCHER)
    void a_researcher_reads_an_open_group_without_joining_and_does_not_see_the_others() {
        var nightlife = fixtures.group("Nightlife", JoinPolicy.OPEN, true);
        var lead = newMember();
        var member = newMember();
        fixtures.leads(nightlife.id(), lead.id());
        fixtures.members(nightlife.id(), member.id());
        var organisedCrime = fixtures.group("Organised crime", JoinPolicy.INVITE_ONLY, false);
        fixtures.members(organisedCrime.id(), member.id());

        navigate("groups/" + nightlife.slug(), GroupView.class);

        assertThat(find(Button.class).withAttribute(ACTION).exists())
                .as("any membership button")
                .isFalse();
        assertThat(text(section("leads"))).contains(lead.name());
        assertThat(text(section("members"))).contains(member.name());

        // Not opened to researchers: answered like a group that does not exist.
        var page = navigate("groups/" + organisedCrime.slug(), Component.class);
        assertThat(text(page)).contains(t("error.not-found")).doesNotContain(organisedCrime.name());
    }

    @Test
    @WithAnonymousUser
    void the_group_list_offers_no_way_into_an_invite_only_group() {
        var organisedCrimeGroup = fixtures.group("Organised crime", JoinPolicy.INVITE_ONLY, false);
        var nightlife = fixtures.group("Nightlife", JoinPolicy.OPEN, true);
        var drugs = fixtures.group("Drugs", JoinPolicy.ON_REQUEST, true);
        var person = newMember();
        logInAs(person.email());

        navigate(GroupListView.class);

        var organisedCrime = card(organisedCrimeGroup.name());
        assertThat(text(organisedCrime)).contains(t("group.policy.INVITE_ONLY"));
        assertThat(inside(organisedCrime, Button.class)).isEmpty();
        assertThat(inside(card(nightlife.name()), Button.class))
                .singleElement()
                .satisfies(b -> assertThat(b.getElement().getAttribute(ACTION)).isEqualTo(JOIN));
        assertThat(inside(card(drugs.name()), Button.class))
                .singleElement()
                .satisfies(b -> assertThat(b.getElement().getAttribute(ACTION)).isEqualTo("request"));
    }

    @Test
    @WithAnonymousUser
    void a_lead_switches_on_the_review_of_publications_which_a_member_cannot() {
        var nightlife = fixtures.group("Nightlife", JoinPolicy.OPEN, true);
        var lead = newMember();
        var member = newMember();
        fixtures.leads(nightlife.id(), lead.id());
        fixtures.members(nightlife.id(), member.id());
        logInAs(member.email());
        navigate("groups/" + nightlife.slug(), GroupView.class);
        assertThat(find(Button.class).withAttribute(ACTION, "review").exists()).isFalse();

        logInAs(lead.email());
        navigate("groups/" + nightlife.slug(), GroupView.class);
        assertThat(text(find(GroupBadges.class).single())).doesNotContain(t("group.review.on"));
        test(button("review")).click();
        test(find(ConfirmDialog.class).single()).confirm();

        assertThat(groups.get(nightlife.slug()).reviewsPublications()).isTrue();
        assertThat(notifications()).contains(t("group.review.switched-on", nightlife.name()));
        assertThat(text(find(GroupBadges.class).single())).contains(t("group.review.on"));
        assertThat(button("review").getText()).isEqualTo(t("group.view.review.off"));
    }

    /** A new active member of a new city who reads English and is in no group. */
    private TestPerson newMember() {
        var suffix = UUID.randomUUID().toString().substring(0, 8);
        var email = "view-" + suffix + "@test.example";
        var name = "Vera Viewtest " + suffix;
        var organisation = people.organisation();
        var id = as(
                0,
                Role.ADMIN,
                () -> members.registerActive(
                        new NewPerson(organisation, email, name, "Tester", Role.MEMBER, Locale.ENGLISH),
                        "view-test-password"));
        return new TestPerson(id, email, name);
    }

    private Component section(String id) {
        return find(ListSection.class).id(id);
    }

    private Button button(String action) {
        return find(Button.class).withAttribute(ACTION, action).single();
    }

    private GroupCard card(String groupName) {
        return find(GroupCard.class).all().stream()
                .filter(card -> name(card).equals(groupName))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no card of " + groupName));
    }

    private List<String> groupNames(Component section) {
        return find(GroupCard.class).from(section).all().stream()
                .map(GroupViewsTest::name)
                .toList();
    }

    private static String name(GroupCard card) {
        return inside(card, RouterLink.class).findFirst().orElseThrow().getText();
    }

    /**
     * A card's title and footer are slotted children the component tree does not list, so these walk
     * the elements.
     */
    private static <T extends Component> Stream<T> inside(Component root, Class<T> type) {
        return descendants(root.getElement())
                .flatMap(e -> e.getComponent().stream())
                .filter(type::isInstance)
                .map(type::cast);
    }

    private static Stream<Element> descendants(Element element) {
        return element.getChildren().flatMap(child -> Stream.concat(Stream.of(child), descendants(child)));
    }

    private Button requestButton(String personName, String labelKey) {
        var line = find(PersonLine.class)
                .from(section("requests"))
                .withCondition(l -> text(l).contains(personName))
                .single();
        return find(Button.class).from(line).withText(t(labelKey)).single();
    }
}
