package eu.praxis.member.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import eu.praxis.IntegrationTest;
import eu.praxis.ViewTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithAnonymousUser;

@IntegrationTest
@ViewPackages(packages = "eu.praxis")
@WithAnonymousUser
class PasswordResetViewsTest extends ViewTestSupport {

    @Test
    void asking_for_a_reset_link_answers_the_same_for_any_address() {
        navigate(ForgotPasswordView.class);
        test(find(EmailField.class).single()).setValue("nobody-at-all@nowhere.example");
        test(find(Button.class).withText(t("password-reset.request.send")).single())
                .click();

        assertThat(find(H1.class).single().getText()).isEqualTo(t("password-reset.requested.title"));
        assertThat(find(Paragraph.class)
                        .withText(t("password-reset.requested.text", "nobody-at-all@nowhere.example"))
                        .exists())
                .isTrue();
    }

    @Test
    void an_empty_address_is_marked_and_nothing_is_sent() {
        navigate(ForgotPasswordView.class);
        test(find(Button.class).withText(t("password-reset.request.send")).single())
                .click();

        assertThat(find(EmailField.class).single().isInvalid()).isTrue();
        assertThat(find(H1.class).single().getText()).isEqualTo(t("password-reset.request.title"));
    }

    @Test
    void an_unknown_reset_link_is_explained() {
        navigate("password-reset/no-such-token", PasswordResetView.class);

        assertThat(find(H1.class).single().getText()).isEqualTo(t("password-reset.invalid.title"));
        assertThat(find(PasswordField.class).exists()).isFalse();
    }
}
