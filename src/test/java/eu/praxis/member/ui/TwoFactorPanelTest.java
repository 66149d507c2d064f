package eu.praxis.member.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import eu.praxis.IntegrationTest;
import eu.praxis.TestClock;
import eu.praxis.TestPeople;
import eu.praxis.ViewTestSupport;
import eu.praxis.member.MemberService;
import eu.praxis.security.AuthenticatorApp;
import eu.praxis.security.Role;
import eu.praxis.security.RunAs;
import eu.praxis.security.TwoFactorService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Two-factor sign-in on the profile pages: a member enrols and removes it; the secretariat resets someone's. */
@IntegrationTest
@ViewPackages(packages = "eu.praxis")
class TwoFactorPanelTest extends ViewTestSupport {

    @Autowired
    TestPeople people;

    @Autowired
    MemberService members;

    @Autowired
    TwoFactorService service;

    @Autowired
    TestClock clock;

    @Test
    void a_member_enrols_from_the_profile_and_removes_it_with_the_password() {
        var person = people.account(people.organisation(), Role.MEMBER);
        logInAs(person.email());
        navigate(MyProfileView.class);
        assertThat(find(Paragraph.class).id("two-factor-state").getText()).isEqualTo(t("two-factor.state.off"));

        test(find(Button.class).id("two-factor-enrol")).click();
        var key = find(Span.class).id("enrolment-key").getText();
        test(find(TextField.class).id("two-factor-code")).setValue(new AuthenticatorApp(key).code(clock.instant()));
        test(find(Button.class).id("enrolment-confirm")).click();
        assertThat(find(Pre.class).id("recovery-codes").getText().split("\n")).hasSize(10);
        test(find(Button.class).id("recovery-codes-done")).click();
        assertThat(find(Dialog.class).all()).noneMatch(Dialog::isOpened);
        assertThat(service.mine().enrolled()).isTrue();
        assertThat(find(Paragraph.class).id("two-factor-state").getText()).contains("10");

        test(find(Button.class).id("two-factor-remove")).click();
        test(find(PasswordField.class).id("two-factor-remove-confirmation")).setValue("wrong password");
        test(find(Button.class).id("two-factor-remove-confirm")).click();
        assertThat(notifications()).contains(t("two-factor.error.confirmation"));
        assertThat(service.mine().enrolled()).isTrue();
        test(find(PasswordField.class).id("two-factor-remove-confirmation")).setValue(TestPeople.PASSWORD);
        test(find(Button.class).id("two-factor-remove-confirm")).click();

        assertThat(service.mine().enrolled()).isFalse();
        assertThat(find(Paragraph.class).id("two-factor-state").getText()).isEqualTo(t("two-factor.state.off"));
    }

    @Test
    void the_secretariat_resets_a_persons_second_factor_from_their_page() {
        var person = people.account(people.organisation(), Role.MEMBER);
        RunAs.person(person.id(), Role.MEMBER, () -> {
            var enrolment = service.startEnrolment();
            return service.confirmEnrolment(
                    enrolment.key(), new AuthenticatorApp(enrolment.key()).code(clock.instant()));
        });
        logInAs(people.account(Role.ADMIN).email());
        navigate("people/" + person.id(), PersonView.class);

        test(find(Button.class).id("two-factor-reset")).click();
        test(find(Button.class).id("two-factor-reset-confirm")).click();
        assertThat(notifications()).contains(t("two-factor.error.reason", TwoFactorService.REASON_MAX_LENGTH));
        test(find(TextArea.class).id("two-factor-reset-reason")).setValue("Lost phone");
        test(find(Button.class).id("two-factor-reset-confirm")).click();

        assertThat(service.of(person.id()).enrolled()).isFalse();
        assertThat(find(Paragraph.class).id("two-factor-state").getText()).isEqualTo(t("two-factor.state.off"));
        assertThat(find(Button.class).all())
                .noneMatch(b -> "two-factor-reset".equals(b.getId().orElse("")));
    }
}
