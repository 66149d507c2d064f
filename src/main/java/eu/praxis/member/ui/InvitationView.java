package eu.praxis.member.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import eu.praxis.base.UserFacingException;
import eu.praxis.base.ui.PublicPage;
import eu.praxis.base.ui.Toasts;
import eu.praxis.member.InvitationDetails;
import eu.praxis.member.InvitationService;

/**
 * Where the link of an invitation mail leads: the invited person sets a password, which activates
 * the account. An unknown, used or expired link gets a plain explanation, not an error page.
 */
@Route(value = "invitation/:" + InvitationView.TOKEN, autoLayout = false)
@AnonymousAllowed
class InvitationView extends PublicPage implements BeforeEnterObserver {

    static final String TOKEN = "token";

    private final transient InvitationService invitations;

    InvitationView(InvitationService invitations) {
        this.invitations = invitations;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var token = event.getRouteParameters().get(TOKEN).orElse("");
        invitations
                .find(token)
                .ifPresentOrElse(
                        details -> showForm(token, details),
                        () -> show(
                                getTranslation("invitation.invalid.title"),
                                new Paragraph(getTranslation("invitation.invalid.text"))));
    }

    private void showForm(String token, InvitationDetails details) {
        var form = new PasswordForm(false);
        var accept = new Button(
                getTranslation("invitation.accept"),
                e -> form.read().ifPresent(p -> {
                    try {
                        invitations.accept(token, p.password());
                        showAccepted();
                    } catch (UserFacingException refused) {
                        Toasts.refused(this, refused);
                    }
                }));
        accept.addThemeVariants(ButtonVariant.PRIMARY);
        var intro = new Paragraph(getTranslation("invitation.intro", details.name(), details.email()));
        if (details.organisationActive()) {
            show(getTranslation("invitation.title"), intro, form, accept);
        } else {
            show(
                    getTranslation("invitation.title"),
                    intro,
                    new Paragraph(getTranslation("invitation.organisation-suspended")),
                    form,
                    accept);
        }
    }

    private void showAccepted() {
        showDoneWithLogin(getTranslation("invitation.accepted.title"), getTranslation("invitation.accepted.text"));
    }
}
