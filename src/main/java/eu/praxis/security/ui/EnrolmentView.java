package eu.praxis.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import eu.praxis.base.UserFacingException;
import eu.praxis.base.ui.Toasts;
import eu.praxis.security.SecondFactorSignIn;
import java.util.List;

/**
 * The enrolment a person required to use a second factor goes through at sign-in, before any other page: scan, confirm
 * with a code, save the recovery codes, continue signed in.
 */
@Route(value = SecondFactorSignIn.ENROL_PATH, autoLayout = false)
@AnonymousAllowed
public class EnrolmentView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient SecondFactorSignIn signIn;
    private final VerticalLayout content = new VerticalLayout();

    EnrolmentView(SecondFactorSignIn signIn) {
        this.signIn = signIn;
        setAlignItems(Alignment.CENTER);
        addClassName("enrolment-view");
        content.setMaxWidth("40rem");
        content.setPadding(false);
        add(content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var pending = signIn.pending(CodeFields.request());
        if (pending.isEmpty()) {
            event.forwardTo(LoginView.class);
            return;
        }
        if (pending.get().verified()) {
            // reloaded after the enrolment: the recovery codes were shown once and are not shown again
            content.removeAll();
            var next = new Button(getTranslation("two-factor.recovery.done"), e -> complete());
            content.add(new H1(getTranslation("two-factor.enrol.title")), next);
            return;
        }
        if (!pending.get().mustEnrol()) {
            event.forwardTo(SecondFactorView.class);
            return;
        }
        var cancel = new Button(getTranslation("two-factor.cancel"), e -> {
            signIn.cancel(CodeFields.request());
            getUI().ifPresent(ui -> ui.navigate(LoginView.class));
        });
        content.removeAll();
        content.add(
                new H1(getTranslation("two-factor.enrol.title")),
                new Paragraph(getTranslation("two-factor.enrol.required")),
                new EnrolmentForm(
                        signIn.startEnrolment(CodeFields.request()),
                        (key, code) -> signIn.confirmEnrolment(CodeFields.request(), key, code),
                        this::showCodes),
                cancel);
    }

    private void showCodes(List<String> codes) {
        content.removeAll();
        content.add(new H1(getTranslation("two-factor.recovery.title")), new RecoveryCodesPanel(codes, this::complete));
    }

    private void complete() {
        try {
            var target = signIn.complete(CodeFields.request());
            getUI().ifPresent(ui -> ui.getPage().setLocation(target));
        } catch (UserFacingException e) {
            Toasts.refused(this, e);
            getUI().ifPresent(ui -> ui.navigate(LoginView.class));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("two-factor.enrol.title") + " · Praxis";
    }
}
