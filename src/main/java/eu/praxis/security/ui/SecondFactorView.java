package eu.praxis.security.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import eu.praxis.base.UserFacingException;
import eu.praxis.base.ui.Toasts;
import eu.praxis.security.CodeCheck;
import eu.praxis.security.SecondFactorSignIn;
import java.time.Duration;
import java.time.Instant;

/**
 * The second step of the sign-in: the code from the authenticator app, or a recovery code. Open to visitors because
 * the person is not signed in yet; without a pending sign-in in this session it sends them to the login.
 */
@Route(value = SecondFactorSignIn.CODE_PATH, autoLayout = false)
@AnonymousAllowed
public class SecondFactorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient SecondFactorSignIn signIn;
    private final TextField code = CodeFields.code();
    private final Paragraph message = new Paragraph();

    SecondFactorView(SecondFactorSignIn signIn) {
        this.signIn = signIn;
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        addClassName("second-factor-view");
        code.setHelperText(getTranslation("two-factor.code.helper"));
        message.setId("two-factor-message");
        message.addClassName("error");
        message.getStyle().set("color", "var(--lumo-error-text-color)");
        message.setVisible(false);
        var verify = new Button(getTranslation("two-factor.code.verify"), e -> verify());
        verify.addThemeVariants(ButtonVariant.PRIMARY);
        verify.addClickShortcut(Key.ENTER);
        verify.setId("two-factor-verify");
        var cancel = new Button(getTranslation("two-factor.cancel"), e -> {
            signIn.cancel(CodeFields.request());
            getUI().ifPresent(ui -> ui.navigate(LoginView.class));
        });
        var form = new VerticalLayout(
                new H1(getTranslation("two-factor.code.title")),
                new Paragraph(getTranslation("two-factor.code.text")),
                code,
                message,
                new HorizontalLayout(verify, cancel));
        form.setMaxWidth("28rem");
        add(form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var pending = signIn.pending(CodeFields.request());
        if (pending.isEmpty()) {
            event.forwardTo(LoginView.class);
        } else if (pending.get().mustEnrol()) {
            event.forwardTo(EnrolmentView.class);
        }
    }

    private void verify() {
        var check = signIn.verify(CodeFields.request(), code.getValue());
        switch (check.outcome()) {
            case ACCEPTED -> complete();
            case RECOVERY_CODE_ACCEPTED -> {
                Toasts.success(this, "two-factor.code.recovery-used", check.recoveryCodesLeft());
                complete();
            }
            case WRONG -> show("two-factor.code.wrong");
            case REUSED -> show("two-factor.code.reused");
            case MALFORMED -> show("two-factor.code.malformed");
            case BLOCKED -> show("two-factor.code.blocked", minutesUntil(check));
            case EXPIRED -> getUI().ifPresent(ui -> ui.navigate(LoginView.class));
        }
    }

    private void complete() {
        try {
            var target = signIn.complete(CodeFields.request());
            // A full load, so that the new session's login applies to the whole page and not to this view's UI only.
            getUI().ifPresent(ui -> ui.getPage().setLocation(target));
        } catch (UserFacingException e) {
            Toasts.refused(this, e);
            getUI().ifPresent(ui -> ui.navigate(LoginView.class));
        }
    }

    private void show(String key, Object... arguments) {
        message.setText(getTranslation(key, arguments));
        message.setVisible(true);
        code.clear();
        code.focus();
    }

    static long minutesUntil(CodeCheck check) {
        return check.retryAfter() == null
                ? 1
                : Math.max(
                        1, Duration.between(Instant.now(), check.retryAfter()).toMinutes() + 1);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("two-factor.code.title") + " · Praxis";
    }
}
