package eu.praxis.group.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import eu.praxis.base.ui.Actions;
import eu.praxis.base.ui.Toasts;
import eu.praxis.group.GroupAdministration;
import eu.praxis.group.JoinPolicy;
import eu.praxis.group.NewGroup;
import eu.praxis.group.WorkingGroup;
import java.util.function.Consumer;

/**
 * The secretariat's form for a new working group. On refusal (e.g. the name is taken) the dialog stays
 * open with what was typed.
 */
final class NewGroupDialog extends Dialog {

    private final Binder<NewGroup> binder = new Binder<>(NewGroup.class);

    NewGroupDialog(GroupAdministration administration, Consumer<String> onCreated) {
        setHeaderTitle(getTranslation("group.new.title"));
        setWidth("36rem");

        var name = new TextField(getTranslation("common.name"));
        name.setMaxLength(WorkingGroup.NAME_MAX);
        name.setRequiredIndicatorVisible(true);
        var description = new TextArea(getTranslation("group.new.description"));
        description.setMaxLength(WorkingGroup.DESCRIPTION_MAX);
        description.setMinRows(4);
        var joinPolicy = new Select<JoinPolicy>();
        joinPolicy.setLabel(getTranslation("group.new.policy"));
        joinPolicy.setItems(JoinPolicy.values());
        joinPolicy.setItemLabelGenerator(p -> getTranslation("group.policy." + p.name()));
        var researchers = new Checkbox(getTranslation("group.new.researchers"));

        // The same rules as the service, so that most mistakes show at the field rather than as a refusal.
        binder.forField(name)
                .asRequired(getTranslation("common.field-required"))
                .withValidator(
                        v -> !v.isBlank() && v.strip().length() <= WorkingGroup.NAME_MAX,
                        getTranslation("group.error.name", WorkingGroup.NAME_MAX))
                .bind("name");
        binder.forField(description)
                .withValidator(
                        v -> v.strip().length() <= WorkingGroup.DESCRIPTION_MAX,
                        getTranslation("group.error.description", WorkingGroup.DESCRIPTION_MAX))
                .bind("description");
        binder.forField(joinPolicy)
                .asRequired(getTranslation("common.field-required"))
                .bind("joinPolicy");
        binder.forField(researchers).bind("visibleToResearchers");
        binder.readRecord(new NewGroup("", "", JoinPolicy.OPEN, false));

        var form = new FormLayout(name, description, joinPolicy, researchers);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);

        var create = new Button(getTranslation("group.new.create"), e -> {
            NewGroup newGroup;
            try {
                newGroup = binder.writeRecord();
            } catch (ValidationException invalid) {
                return; // the fields show what is wrong
            }
            Actions.attempt(this, () -> administration.create(newGroup)).ifPresent(slug -> {
                close();
                Toasts.success(this, "group.created", newGroup.name().strip());
                onCreated.accept(slug);
            });
        });
        create.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), create);
        name.focus();
    }
}
