package eu.praxis.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.internal.CurrentInstance;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import eu.praxis.IntegrationTest;
import eu.praxis.TestClock;
import eu.praxis.TestLogins;
import eu.praxis.TestPeople;
import eu.praxis.ViewTestSupport;
import eu.praxis.security.AuthenticatorApp;
import eu.praxis.security.PasswordStep;
import eu.praxis.security.PraxisUser;
import eu.praxis.security.Role;
import eu.praxis.security.SecondFactorSignIn;
import eu.praxis.security.SwitchableTwoFactorRequirement;
import eu.praxis.security.TwoFactorService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * The code and enrolment pages after an accepted password, in the required configuration (ADMIN, LEAD): bad input is
 * explained and loses nothing, the right code signs in (a new session id, the login in the session), and without a
 * password step the pages send to the login.
 */
@IntegrationTest
@ViewPackages(packages = "eu.praxis")
@WithAnonymousUser
class TwoFactorViewsTest extends ViewTestSupport {

    @Autowired
    SecondFactorSignIn signIn;

    @Autowired
    TwoFactorService service;

    @Autowired
    SwitchableTwoFactorRequirement requirement;

    @Autowired
    TestPeople people;

    @Autowired
    TestClock clock;

    long organisationId;

    @BeforeEach
    void setUp() {
        organisationId = people.organisation();
        requirement.requireForAdminsAndLeads();
    }

    @AfterEach
    void tearDown() {
        requirement.reset();
    }

    @Test
    void a_required_admin_enrols_saves_the_recovery_codes_and_is_signed_in() {
        var admin = people.account(organisationId, Role.ADMIN);
        assertThat(PasswordStep.passed(signIn, request(), user(admin, Role.ADMIN), "http://localhost/admin/people"))
                .contains(SecondFactorSignIn.ENROL_PATH);

        // the login page sends on to the pending step
        navigate(LoginView.PATH, EnrolmentView.class);
        assertThat(find(Image.class).id("enrolment-qr").getSrc()).startsWith("data:image/svg+xml;base64,");
        var key = find(Span.class).id("enrolment-key").getText();
        assertThat(key).matches("([A-Z2-7]{4} ){7}[A-Z2-7]{4}");

        test(find(TextField.class).id("two-factor-code")).setValue("000 00");
        test(find(Button.class).id("enrolment-confirm")).click();
        assertThat(notifications()).anyMatch(n -> n.equals(t("two-factor.error.code-format", 6)));
        assertThat(signedIn()).isNull();

        test(find(TextField.class).id("two-factor-code")).setValue(new AuthenticatorApp(key).code(clock.instant()));
        test(find(Button.class).id("enrolment-confirm")).click();
        var codes = find(Pre.class).id("recovery-codes").getText().split("\n");
        assertThat(codes).hasSize(10);
        assertThat(signedIn()).as("not before the codes are saved").isNull();

        var renewed = renewableSession();
        test(find(Button.class).id("recovery-codes-done")).click();

        assertThat(signedIn()).isNotNull().satisfies(context -> {
            var user = (PraxisUser) context.getAuthentication().getPrincipal();
            assertThat(user.personId()).isEqualTo(admin.id());
            assertThat(context.getAuthentication().getAuthorities())
                    .extracting(Object::toString)
                    .contains("ROLE_ADMIN");
        });
        assertThat(renewed.get()).as("new rights, new session id").isTrue();
        assertThat(signIn.pending(request())).isEmpty();
    }

    @Test
    void a_wrong_or_reused_code_is_explained_and_the_right_one_signs_in() {
        var admin = people.account(organisationId, Role.ADMIN);
        var app = enrol(admin.id());
        assertThat(PasswordStep.passed(signIn, request(), user(admin, Role.ADMIN), "http://localhost/admin/people"))
                .contains(SecondFactorSignIn.CODE_PATH);
        navigate(SecondFactorView.class);

        enter("12345x");
        assertThat(message()).isEqualTo(t("two-factor.code.malformed"));
        enter(app.code(clock.instant()));
        assertThat(message()).as("the enrolment used this step's code").isEqualTo(t("two-factor.code.reused"));
        enter(app.code(clock.instant(), 3));
        assertThat(message()).isEqualTo(t("two-factor.code.wrong"));
        assertThat(signedIn()).isNull();
        assertThat(getCurrentView()).isInstanceOf(SecondFactorView.class);

        var renewed = renewableSession();
        enter(app.code(clock.instant(), 1));
        assertThat(renewed.get()).isTrue();

        assertThat(signedIn()).isNotNull();
        assertThat(signIn.pending(request())).isEmpty();
    }

    @Test
    void without_a_password_step_the_code_pages_send_to_the_login() {
        navigate(SecondFactorSignIn.CODE_PATH, LoginView.class);
        navigate(SecondFactorSignIn.ENROL_PATH, LoginView.class);
    }

    @Test
    void cancelling_forgets_the_password_step() {
        var admin = people.account(organisationId, Role.ADMIN);
        PasswordStep.passed(signIn, request(), user(admin, Role.ADMIN), "/");
        navigate(SecondFactorSignIn.ENROL_PATH, EnrolmentView.class);

        test(find(Button.class).withText(t("two-factor.cancel")).single()).click();

        assertThat(signIn.pending(request())).isEmpty();
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
    }

    private void enter(String code) {
        test(find(TextField.class).id("two-factor-code")).setValue(code);
        test(find(Button.class).id("two-factor-verify")).click();
    }

    private String message() {
        var message = find(Paragraph.class).id("two-factor-message");
        assertThat(message.isVisible()).isTrue();
        return message.getText();
    }

    private AuthenticatorApp enrol(long person) {
        var enrolment = TestLogins.as(person, Role.ADMIN, service::startEnrolment);
        TestLogins.as(
                person,
                Role.ADMIN,
                () -> service.confirmEnrolment(
                        enrolment.key(), new AuthenticatorApp(enrolment.key()).code(clock.instant())));
        return new AuthenticatorApp(enrolment.key());
    }

    private PraxisUser user(TestPeople.Account account, Role role) {
        return new PraxisUser(
                account.id(),
                organisationId,
                account.email(),
                account.email(),
                role,
                java.util.Locale.ENGLISH,
                null,
                true,
                true);
    }

    private SecurityContext signedIn() {
        return (SecurityContext)
                request().getSession().getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
    }

    /**
     * The mock request of browserless tests cannot change its session id; this one notes that it was asked to (the
     * end-to-end test sees the real cookie change).
     */
    private static AtomicBoolean renewableSession() {
        var renewed = new AtomicBoolean();
        var current = VaadinServletRequest.getCurrent();
        var request = new HttpServletRequestWrapper(current.getHttpServletRequest()) {
            @Override
            public String changeSessionId() {
                renewed.set(true);
                return getSession().getId();
            }
        };
        CurrentInstance.set(VaadinRequest.class, new VaadinServletRequest(request, current.getService()));
        return renewed;
    }

    private static HttpServletRequest request() {
        return VaadinServletRequest.getCurrent().getHttpServletRequest();
    }
}
