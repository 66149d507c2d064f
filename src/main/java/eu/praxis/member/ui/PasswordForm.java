package eu.praxis.member.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.validator.StringLengthValidator;
import eu.praxis.member.PasswordRules;
import java.util.Optional;

/**
 * A new password typed twice, and the current one when a logged-in person changes theirs. The
 * length and the repetition are checked here; the service checks the rules again.
 */
final class PasswordForm extends FormLayout {

    /** What the form holds once valid; {@code current} is empty when not asked for. */
    public record Passwords(String current, String password, String repeat) {}

    private final PasswordField current = new PasswordField();
    private final PasswordField password = new PasswordField();
    private final PasswordField repeat = new PasswordField();
    private final Binder<Passwords> binder = new Binder<>(Passwords.class);

    PasswordForm(boolean askCurrent) {
        current.setLabel(getTranslation("member.password.current"));
        password.setLabel(getTranslation("member.password.new"));
        password.setHelperText(getTranslation("member.password.rules", PasswordRules.MIN_LENGTH));
        password.setMaxLength(PasswordRules.MAX_LENGTH);
        repeat.setLabel(getTranslation("member.password.repeat"));
        repeat.setMaxLength(PasswordRules.MAX_LENGTH);

        var currentBinding = binder.forField(current);
        if (askCurrent) {
            currentBinding.asRequired(getTranslation("common.field-required"));
        }
        currentBinding.bind("current");
        binder.forField(password)
                .asRequired(getTranslation("common.field-required"))
                .withValidator(new StringLengthValidator(
                        getTranslation("member.error.password-short", PasswordRules.MIN_LENGTH),
                        PasswordRules.MIN_LENGTH,
                        PasswordRules.MAX_LENGTH))
                .bind("password");
        var repeatBinding = binder.forField(repeat)
                .asRequired(getTranslation("common.field-required"))
                .withValidator(value -> value.equals(password.getValue()), getTranslation("member.password.mismatch"))
                .bind("repeat");
        password.addValueChangeListener(e -> {
            if (!repeat.isEmpty()) {
                repeatBinding.validate();
            }
        });

        if (askCurrent) {
            add(current);
        }
        add(password, repeat);
        setMaxWidth("40rem");
    }

    /** The passwords if the fields are valid; otherwise the fields show what is wrong. */
    Optional<Passwords> read() {
        try {
            return Optional.of(binder.writeRecord());
        } catch (ValidationException e) {
            return Optional.empty();
        }
    }

    void clear() {
        binder.readRecord(new Passwords("", "", ""));
    }
}
