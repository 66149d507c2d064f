package eu.praxis.member.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import eu.praxis.base.ui.PublicPage;
import eu.praxis.member.PasswordResetService;
import eu.praxis.member.Person;

/**
 * "Forgot your password?" from the login page: asks for the e-mail address and always answers the
 * same, whether or not an account exists for it.
 */
@Route(value = "forgot-password", autoLayout = false)
@AnonymousAllowed
class ForgotPasswordView extends PublicPage {

    ForgotPasswordView(PasswordResetService resets) {
        var email = new EmailField(getTranslation("common.email"));
        email.setRequiredIndicatorVisible(true);
        email.setMaxLength(Person.EMAIL_MAX);
        email.setErrorMessage(getTranslation("member.error.email"));
        email.setWidthFull();
        var send = new Button(getTranslation("password-reset.request.send"), e -> {
            if (email.isEmpty() || email.isInvalid()) {
                email.setInvalid(true);
                return;
            }
            resets.requestReset(email.getValue());
            show(
                    getTranslation("password-reset.requested.title"),
                    new Paragraph(getTranslation("password-reset.requested.text", email.getValue())));
        });
        send.addThemeVariants(ButtonVariant.PRIMARY);
        show(
                getTranslation("password-reset.request.title"),
                new Paragraph(getTranslation("password-reset.request.text")),
                email,
                send);
    }
}
