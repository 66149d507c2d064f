package eu.praxis.member.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.validator.StringLengthValidator;
import com.vaadin.flow.function.SerializablePredicate;
import eu.praxis.member.ApplicationDetails;
import eu.praxis.member.MembershipApplicationService;

/** Asks for the reason of a rejection, which is mailed to the applicant; stays open if the rejection is refused. */
final class RejectDialog extends Dialog {

    /** The reason as the form holds it. */
    public record Rejection(String reason) {}

    private final Binder<Rejection> binder = new Binder<>(Rejection.class);

    /** @param reject rejects with the reason, true if it went through */
    RejectDialog(ApplicationDetails application, SerializablePredicate<String> reject) {
        setHeaderTitle(getTranslation("application.reject.title", application.organisationName()));
        var reason = new TextArea(getTranslation("common.reason"));
        reason.setHelperText(getTranslation("application.reject.help", application.contactEmail()));
        reason.setMaxLength(MembershipApplicationService.REASON_MAX);
        reason.setWidthFull();
        reason.setMinHeight("8rem");
        binder.forField(reason)
                .asRequired(getTranslation("common.field-required"))
                .withValidator(new StringLengthValidator(
                        getTranslation("application.error.reason", MembershipApplicationService.REASON_MAX),
                        1,
                        MembershipApplicationService.REASON_MAX))
                .bind("reason");
        add(new Paragraph(getTranslation("application.reject.text")), reason);
        setWidth("36rem");

        var confirm = new Button(getTranslation("application.reject"), e -> {
            try {
                if (reject.test(binder.writeRecord().reason())) {
                    close();
                }
            } catch (ValidationException invalid) {
                // the field says what is wrong
            }
        });
        confirm.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.ERROR);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), confirm);
    }
}
