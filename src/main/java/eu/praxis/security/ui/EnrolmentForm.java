package eu.praxis.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import eu.praxis.base.ui.Actions;
import eu.praxis.security.TwoFactorEnrolment;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;

/**
 * Enrolment: the QR code and the key written out for typing, a field for the first code, and then the recovery
 * codes. Used by the enrolment step of the sign-in and by the profile page, which differ only in whose key it is
 * ({@code confirm}) and what follows ({@code done}).
 */
final class EnrolmentForm extends VerticalLayout {

    private final TextField code = CodeFields.code();

    EnrolmentForm(
            TwoFactorEnrolment enrolment,
            BiFunction<String, String, List<String>> confirm,
            Consumer<List<String>> confirmed) {
        setPadding(false);
        addClassName("enrolment");
        code.getElement().setAttribute("inputmode", "numeric");
        var qr = new Image(QrCodes.svgDataUrl(enrolment.uri()), getTranslation("two-factor.enrol.qr-alt"));
        qr.setId("enrolment-qr");
        qr.setWidth("12rem");
        qr.setHeight("12rem");
        var key = new Span(enrolment.key());
        key.setId("enrolment-key");
        key.getStyle().set("font-family", "monospace").set("font-size", "var(--lumo-font-size-l)");
        var verify = new Button(
                getTranslation("two-factor.enrol.confirm"),
                e -> Actions.attempt(this, () -> confirm.apply(enrolment.key(), code.getValue()))
                        .ifPresent(confirmed));
        verify.addThemeVariants(ButtonVariant.PRIMARY);
        verify.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        verify.setId("enrolment-confirm");
        add(
                new Paragraph(getTranslation("two-factor.enrol.step-scan")),
                qr,
                new Paragraph(getTranslation("two-factor.enrol.step-key")),
                key,
                new Paragraph(getTranslation("two-factor.enrol.step-code")),
                code,
                verify);
    }
}
