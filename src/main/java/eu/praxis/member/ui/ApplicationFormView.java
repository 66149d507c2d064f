package eu.praxis.member.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.validator.StringLengthValidator;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import eu.praxis.base.Languages;
import eu.praxis.base.UserFacingException;
import eu.praxis.base.ui.PublicPage;
import eu.praxis.base.ui.Toasts;
import eu.praxis.member.ApplicationForm;
import eu.praxis.member.MembershipApplicationService;
import eu.praxis.organisation.Countries;
import eu.praxis.organisation.Organisation;
import eu.praxis.organisation.OrganisationKind;
import java.util.Arrays;
import java.util.Locale;

/**
 * The public membership application. Visitors see it in their browser's language; once sent, the
 * form gives way to a thank-you that says what happens next.
 */
@Route(value = "apply", autoLayout = false)
@AnonymousAllowed
class ApplicationFormView extends PublicPage {

    /** Length of {@code membership_application.website}; the form has no constant for it. */
    private final transient MembershipApplicationService applications;

    private final Binder<ApplicationForm> binder = new Binder<>(ApplicationForm.class);

    ApplicationFormView(MembershipApplicationService applications) {
        this.applications = applications;
        var required = getTranslation("common.field-required");

        var organisationName = new TextField(getTranslation("application.organisation-name"));
        organisationName.setMaxLength(Organisation.NAME_MAX);
        // radio buttons, as LanguageChoice explains: a required Select fails axe's aria-allowed-attr
        var kind = new RadioButtonGroup<OrganisationKind>();
        kind.setLabel(getTranslation("organisation.kind"));
        // The secretariat is not something one applies to become.
        kind.setItems(Arrays.stream(OrganisationKind.values())
                .filter(k -> k != OrganisationKind.SECRETARIAT)
                .toList());
        kind.setItemLabelGenerator(k -> k == null ? "" : getTranslation("organisation.kind." + k));
        var country = new ComboBox<String>(getTranslation("common.country"));
        country.setItems(Countries.sortedByName(getLocale()));
        country.setItemLabelGenerator(c -> Countries.name(c, getLocale()));
        var city = new TextField(getTranslation("organisation.city"));
        city.setMaxLength(Organisation.CITY_MAX);
        var website = new TextField(getTranslation("application.website"));
        website.setMaxLength(ApplicationForm.WEBSITE_MAX);
        website.setPlaceholder("https://");
        var motivation = new TextArea(getTranslation("application.motivation"));
        motivation.setHelperText(getTranslation("application.motivation.help"));
        motivation.setMaxLength(ApplicationForm.MOTIVATION_MAX);
        motivation.setMinHeight("10rem");
        var contactLanguage = new LanguageChoice();

        binder.forField(organisationName).asRequired(required).bind("organisationName");
        binder.forField(kind).asRequired(required).bind("kind");
        binder.forField(country).asRequired(required).bind("country");
        binder.forField(city).bind("city");
        binder.forField(website).bind("website");
        binder.forField(motivation)
                .asRequired(required)
                .withValidator(new StringLengthValidator(
                        getTranslation("application.error.motivation", ApplicationForm.MOTIVATION_MAX),
                        1,
                        ApplicationForm.MOTIVATION_MAX))
                .bind("motivation");
        var contactName = PersonFields.name(binder, "contactName");
        var contactEmail = PersonFields.email(binder, "contactEmail");
        var contactPosition = PersonFields.position(binder, "contactPosition");
        binder.forField(contactLanguage)
                .asRequired(required)
                .withConverter(Locale::getLanguage, Languages::fromTag)
                .bind("contactLanguage");

        var organisation = new FormLayout(organisationName, kind, country, city, website, motivation);
        organisation.setColspan(motivation, 2);
        var contact = new FormLayout(contactName, contactEmail, contactPosition, contactLanguage);
        var submit = new Button(getTranslation("application.submit"), e -> submit());
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        show(
                getTranslation("application.title"),
                new Paragraph(getTranslation("application.intro")),
                new H2(getTranslation("application.section.organisation")),
                organisation,
                new H2(getTranslation("application.section.contact")),
                new Paragraph(getTranslation("application.section.contact.help")),
                contact,
                submit);
    }

    /** The address the form is sent from, which the service throttles by. */
    private static String clientAddress() {
        var request = VaadinRequest.getCurrent();
        return request == null || request.getRemoteAddr() == null ? "unknown" : request.getRemoteAddr();
    }

    private void submit() {
        try {
            var form = binder.writeRecord();
            applications.submit(form, clientAddress());
            show(
                    getTranslation("application.thanks.title"),
                    new Paragraph(getTranslation(
                            "application.thanks.text",
                            form.organisationName().trim(),
                            form.contactEmail().trim())));
        } catch (ValidationException e) {
            // the fields say what is wrong
        } catch (UserFacingException e) {
            Toasts.refused(this, e);
        }
    }
}
