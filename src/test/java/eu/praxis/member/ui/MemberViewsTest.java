package eu.praxis.member.ui;

import static eu.praxis.TestLogins.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import eu.praxis.IntegrationTest;
import eu.praxis.TestPeople;
import eu.praxis.ViewTestSupport;
import eu.praxis.WithNewPerson;
import eu.praxis.member.ApplicationDetails;
import eu.praxis.member.ApplicationForm;
import eu.praxis.member.ApplicationStatus;
import eu.praxis.member.MemberService;
import eu.praxis.member.MembershipApplicationService;
import eu.praxis.member.ProfileChange;
import eu.praxis.organisation.Countries;
import eu.praxis.organisation.OrganisationFixtures;
import eu.praxis.organisation.OrganisationKind;
import eu.praxis.security.CurrentUser;
import eu.praxis.security.Role;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.test.context.support.WithAnonymousUser;

/** Profile, the public application and invitation pages, and the secretariat's people and applications. */
@IntegrationTest
@ViewPackages(packages = "eu.praxis")
class MemberViewsTest extends ViewTestSupport {

    @Autowired
    MemberService memberService;

    @Autowired
    MembershipApplicationService applications;

    @Autowired
    AuthenticationManager authentication;

    @Autowired
    TestPeople people;

    @Autowired
    OrganisationFixtures organisations;

    @Test
    @WithNewPerson(language = "fr")
    void a_member_changes_their_position() {
        var before = memberService.myProfile();
        memberService.updateMyProfile(new ProfileChange(before.name(), "Urban safety coordinator", before.language()));
        try {
            var view = navigate(MyProfileView.class);
            // the required language is a radio group: a required Select fails axe's aria-allowed-attr
            assertThat(find(Select.class).all()).noneMatch(Select::isRequiredIndicatorVisible);
            assertThat(find(RadioButtonGroup.class)
                            .withLabel(t("common.language"))
                            .single()
                            .getValue())
                    .isEqualTo(before.language());

            test(find(TextField.class).withLabel(t("common.position")).single()).setValue("Head of urban safety");
            test(find(Button.class).withText(t("common.save")).single()).click();

            assertThat(memberService.myProfile().position()).isEqualTo("Head of urban safety");
            assertThat(notifications()).contains(t("member.profile.saved"));
            assertThat(text(view))
                    .as("the facts above the form")
                    .contains("Head of urban safety")
                    .doesNotContain("Urban safety coordinator");
        } finally {
            memberService.updateMyProfile(new ProfileChange(before.name(), before.position(), before.language()));
        }
    }

    @Test
    @WithNewPerson(language = "fr")
    void a_new_password_typed_differently_twice_is_not_saved() {
        navigate(MyProfileView.class);

        test(passwordField("member.password.current")).setValue(TestPeople.PASSWORD);
        test(passwordField("member.password.new")).setValue("a-brand-new-password");
        test(passwordField("member.password.repeat")).setValue("a-different-password");
        test(find(Button.class).withText(t("member.password.change")).single()).click();

        var repeat = passwordField("member.password.repeat");
        assertThat(repeat.isInvalid()).isTrue();
        assertThat(repeat.getErrorMessage()).isEqualTo(t("member.password.mismatch"));
        assertThat(notifications()).doesNotContain(t("member.password.changed"));
        assertThat(authentication
                        .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(
                                CurrentUser.require().email(), TestPeople.PASSWORD))
                        .isAuthenticated())
                .as("old password")
                .isTrue();
    }

    @Test
    @WithAnonymousUser
    void a_visitor_completes_a_refused_application_without_typing_it_again() {
        var suffix = UUID.randomUUID().toString().substring(0, 8);
        var email = "applicant-" + suffix + "@test.example";
        var organisation = "Town of Application " + suffix;
        navigate(ApplicationFormView.class);
        // a required Select puts aria-required on a button, which axe refuses (aria-allowed-attr)
        assertThat(find(Select.class).all()).noneMatch(Select::isRequiredIndicatorVisible);
        test(find(TextField.class).withLabel(t("application.organisation-name")).single())
                .setValue(organisation);
        test(find(RadioButtonGroup.class).withLabel(t("organisation.kind")).single())
                .selectItem(t("organisation.kind.CITY"));
        test(find(ComboBox.class).withLabel(t("common.country")).single())
                .selectItem(Countries.name("BE", UI.getCurrent().getLocale()));
        test(find(TextField.class).withLabel(t("common.name")).single()).setValue("Anna Applicant");
        test(find(EmailField.class).withLabel(t("common.email")).single()).setValue(email);
        var submit = find(Button.class).withText(t("application.submit")).single();

        test(submit).click();

        var motivation =
                find(TextArea.class).withLabel(t("application.motivation")).single();
        assertThat(motivation.isInvalid()).isTrue();
        assertThat(motivation.getErrorMessage()).isEqualTo(t("common.field-required"));
        assertThat(find(TextField.class)
                        .withLabel(t("application.organisation-name"))
                        .single()
                        .getValue())
                .isEqualTo(organisation);
        assertThat(pendingApplicationsFrom(email)).isEmpty();

        test(motivation).setValue("We run a night-time mediation service and would like to compare notes.");
        test(submit).click();

        assertThat(find(H1.class).single().getText()).isEqualTo(t("application.thanks.title"));
        assertThat(find(Paragraph.class)
                        .withText(t("application.thanks.text", organisation, email))
                        .exists())
                .isTrue();
        assertThat(pendingApplicationsFrom(email))
                .singleElement()
                .satisfies(a -> assertThat(a.organisationName()).isEqualTo(organisation));
    }

    @Test
    @WithAnonymousUser
    void an_unknown_invitation_link_is_explained() {
        navigate("invitation/no-such-token", InvitationView.class);

        assertThat(find(H1.class).single().getText()).isEqualTo(t("invitation.invalid.title"));
        assertThat(find(Paragraph.class).withText(t("invitation.invalid.text")).exists())
                .isTrue();
        assertThat(find(PasswordField.class).exists()).isFalse();
    }

    @Test
    @WithNewPerson(Role.ADMIN)
    void the_secretariat_rejects_an_application_only_with_a_reason() {
        var suffix = UUID.randomUUID().toString().substring(0, 8);
        var organisation = "Town of Rejection " + suffix;
        var id = applications.submit(
                new ApplicationForm(
                        organisation,
                        OrganisationKind.CITY,
                        "BE",
                        null,
                        null,
                        "We would like to join.",
                        "Rita Rejected",
                        "rejected-" + suffix + "@test.example",
                        null,
                        "en"),
                "test-" + suffix);
        navigate(ApplicationsAdminView.class);
        var pending = pendingGrid();
        var row = IntStream.range(0, pending.size())
                .filter(i -> pending.getRow(i).id() == id)
                .findFirst()
                .orElseThrow();
        var actions = pending.getCellComponent(row, 5);
        test(find(Button.class).from(actions).withText(t("application.reject")).single())
                .click();
        var dialog = find(RejectDialog.class).single();
        var confirm = find(Button.class)
                .from(dialog)
                .withText(t("application.reject"))
                .single();

        test(confirm).click();

        var reason = find(TextArea.class).from(dialog).single();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo(t("common.field-required"));
        assertThat(applications.pending(PageRequest.of(0, 500))).anyMatch(a -> a.id() == id);

        test(reason).setValue("Only authorities of Council of Europe countries may join.");
        test(confirm).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(notifications()).contains(t("application.rejected", organisation));
        assertThat(IntStream.range(0, pendingGrid().size())
                        .mapToObj(i -> pendingGrid().getRow(i).id()))
                .doesNotContain(id);
        assertThat(applications.decided(PageRequest.of(0, 500)))
                .filteredOn(a -> a.id() == id)
                .singleElement()
                .satisfies(a -> {
                    assertThat(a.status()).isEqualTo(ApplicationStatus.REJECTED);
                    assertThat(a.rejectionReason()).startsWith("Only authorities");
                });
    }

    @Test
    @WithNewPerson(Role.ADMIN)
    void inviting_a_taken_address_is_refused_and_the_dialog_keeps_what_was_typed() {
        var organisation = organisations.get(organisations.city()).name();
        var taken = people.account(Role.MEMBER).email();
        navigate(PeopleAdminView.class);
        test(find(Button.class).withText(t("member.invite")).single()).click();
        var dialog = find(InviteDialog.class).single();
        test(find(ComboBox.class)
                        .from(dialog)
                        .withLabel(t("common.organisation"))
                        .single())
                .selectItem(organisation);
        test(find(EmailField.class).from(dialog).single()).setValue(taken);
        test(find(TextField.class).from(dialog).withLabel(t("common.name")).single())
                .setValue("Someone Twice");

        test(find(Button.class).from(dialog).withText(t("member.invite.send")).single())
                .click();

        assertThat(notifications()).contains(t("invitation.error.email-taken", taken));
        assertThat(dialog.isOpened()).isTrue();
        assertThat(find(EmailField.class).from(dialog).single().getValue()).isEqualTo(taken);
        assertThat(find(TextField.class)
                        .from(dialog)
                        .withLabel(t("common.name"))
                        .single()
                        .getValue())
                .isEqualTo("Someone Twice");
    }

    private PasswordField passwordField(String labelKey) {
        return find(PasswordField.class).withLabel(t(labelKey)).single();
    }

    private com.vaadin.flow.component.grid.GridTester<Grid<ApplicationDetails>, ApplicationDetails> pendingGrid() {
        return test(find(Grid.class).id("pending-applications"), ApplicationDetails.class);
    }

    private List<ApplicationDetails> pendingApplicationsFrom(String email) {
        return as(
                0,
                Role.ADMIN,
                () -> applications.pending(PageRequest.of(0, 500)).getContent().stream()
                        .filter(a -> a.contactEmail().equals(email))
                        .toList());
    }
}
