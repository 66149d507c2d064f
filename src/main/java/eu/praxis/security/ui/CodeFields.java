package eu.praxis.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.http.HttpServletRequest;

/** What the two-factor pages share: the code field, and the HTTP request whose session holds the pending sign-in. */
final class CodeFields {

    private CodeFields() {}

    /** Digits typed or pasted by the app; one-time-code lets phones offer codes they received. */
    static TextField code() {
        var code = new TextField(UI.getCurrent().getTranslation("two-factor.code.label"));
        code.setId("two-factor-code");
        code.setMaxLength(20);
        code.setAutofocus(true);
        code.getElement().setAttribute("autocomplete", "one-time-code");
        return code;
    }

    static HttpServletRequest request() {
        return VaadinServletRequest.getCurrent().getHttpServletRequest();
    }
}
