package eu.praxis.member.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import eu.praxis.base.ui.Actions;
import eu.praxis.base.ui.PublicPage;
import eu.praxis.member.PasswordResetService;

/** Where the link of a password-reset mail leads: a new password, typed twice. */
@Route(value = "password-reset/:" + PasswordResetView.TOKEN, autoLayout = false)
@AnonymousAllowed
class PasswordResetView extends PublicPage implements BeforeEnterObserver {

    static final String TOKEN = "token";

    private final transient PasswordResetService resets;

    PasswordResetView(PasswordResetService resets) {
        this.resets = resets;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var token = event.getRouteParameters().get(TOKEN).orElse("");
        if (!resets.isUsable(token)) {
            show(
                    getTranslation("password-reset.invalid.title"),
                    new Paragraph(getTranslation("password-reset.invalid.text")));
            return;
        }
        var form = new PasswordForm(false);
        var save = new Button(
                getTranslation("password-reset.save"),
                e -> form.read()
                        .flatMap(p -> Actions.attempt(this, () -> resets.reset(token, p.password())))
                        .ifPresent(email -> showDoneWithLogin(
                                getTranslation("password-reset.done.title"),
                                getTranslation("password-reset.done.text"))));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        show(getTranslation("password-reset.title"), form, save);
    }
}
