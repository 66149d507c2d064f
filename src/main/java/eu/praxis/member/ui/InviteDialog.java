package eu.praxis.member.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import eu.praxis.base.UserFacingException;
import eu.praxis.base.ui.Toasts;
import eu.praxis.member.InvitationService;
import eu.praxis.member.NewPerson;
import eu.praxis.organisation.OrganisationService;
import eu.praxis.organisation.OrganisationStatus;
import eu.praxis.organisation.OrganisationSummary;
import eu.praxis.security.Role;

/**
 * The secretariat invites a person into an active organisation. A refused invitation (address
 * already taken…) keeps the dialog open with everything typed.
 */
final class InviteDialog extends Dialog {

    private final transient InvitationService invitations;
    private final Runnable onInvited;
    private final Binder<NewPerson> binder = new Binder<>(NewPerson.class);

    InviteDialog(InvitationService invitations, OrganisationService organisations, Runnable onInvited) {
        this.invitations = invitations;
        this.onInvited = onInvited;
        setHeaderTitle(getTranslation("member.invite"));

        var organisation = new OrganisationComboBox(
                getTranslation("common.organisation"), organisations, OrganisationStatus.ACTIVE);
        var role = new Select<Role>();
        role.setLabel(getTranslation("member.role"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> r == null ? "" : getTranslation("member.role." + r));
        role.setValue(Role.MEMBER);

        var required = getTranslation("common.field-required");
        binder.forField(organisation)
                .asRequired(required)
                // the dialog only writes: an id never has to become a summary again
                .withConverter(OrganisationSummary::id, id -> null)
                .bind("organisationId");
        var email = PersonFields.email(binder, "email");
        var name = PersonFields.name(binder, "name");
        var position = PersonFields.position(binder, "position");
        binder.forField(role).asRequired(required).bind("role");
        var language = PersonFields.language(binder, "language");

        var form = new FormLayout(organisation, email, name, position, role, language);
        form.setMaxWidth("40rem");
        add(form);

        var send = new Button(getTranslation("member.invite.send"), e -> send());
        send.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), send);
    }

    private void send() {
        try {
            var invitee = binder.writeRecord();
            invitations.invite(invitee);
            Toasts.success(this, "member.invite.sent", invitee.email());
            close();
            onInvited.run();
        } catch (ValidationException e) {
            // the fields say what is wrong
        } catch (UserFacingException e) {
            Toasts.refused(this, e);
        }
    }
}
