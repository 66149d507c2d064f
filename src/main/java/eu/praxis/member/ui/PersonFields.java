package eu.praxis.member.ui;

import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.EmailValidator;
import com.vaadin.flow.data.validator.StringLengthValidator;
import eu.praxis.member.Person;

/**
 * The fields that describe a person (profile, invitation, application contact), with the same
 * limits and messages wherever they are typed. Each is bound to a record property of the form.
 */
final class PersonFields {

    private PersonFields() {}

    static TextField name(Binder<?> binder, String property) {
        var field = new TextField();
        field.setLabel(field.getTranslation("common.name"));
        field.setMaxLength(Person.NAME_MAX);
        binder.forField(field)
                .asRequired(field.getTranslation("common.field-required"))
                .withValidator(new StringLengthValidator(
                        field.getTranslation("member.error.name", Person.NAME_MAX), 1, Person.NAME_MAX))
                .bind(property);
        return field;
    }

    /** Optional. */
    static TextField position(Binder<?> binder, String property) {
        var field = new TextField();
        field.setLabel(field.getTranslation("common.position"));
        field.setMaxLength(Person.POSITION_MAX);
        binder.forField(field)
                .withValidator(new StringLengthValidator(
                        field.getTranslation("member.error.position", Person.POSITION_MAX), 0, Person.POSITION_MAX))
                .bind(property);
        return field;
    }

    static EmailField email(Binder<?> binder, String property) {
        var field = new EmailField();
        field.setLabel(field.getTranslation("common.email"));
        field.setMaxLength(Person.EMAIL_MAX);
        binder.forField(field)
                .asRequired(field.getTranslation("common.field-required"))
                .withValidator(new EmailValidator(field.getTranslation("member.error.email")))
                .bind(property);
        return field;
    }

    /** Required; starts with the language the page is shown in. */
    static LanguageChoice language(Binder<?> binder, String property) {
        var field = new LanguageChoice();
        binder.forField(field)
                .asRequired(field.getTranslation("common.field-required"))
                .bind(property);
        return field;
    }
}
