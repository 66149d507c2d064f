package eu.praxis.call.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import eu.praxis.base.UserFacingException;
import eu.praxis.base.ui.Actions;
import eu.praxis.base.ui.ViewerTime;
import eu.praxis.call.Call;
import eu.praxis.call.CallAdministration;
import eu.praxis.call.CallDetails;
import eu.praxis.call.CallDraft;
import eu.praxis.call.CallKind;
import eu.praxis.group.GroupListItem;
import eu.praxis.practice.ThemeItem;
import eu.praxis.project.ProjectListItem;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The secretariat's editor of a call. The deadline is read in the chosen zone (the organiser's: the browser's by
 * default). The service checks the whole draft; a refusal is shown and everything typed stays.
 */
final class CallEditorDialog extends Dialog {

    private final Select<CallKind> kind = new Select<>();
    private final TextField title = new TextField();
    private final TextArea body = new TextArea();
    private final TextArea eligibility = new TextArea();
    private final DateTimePicker deadline = new DateTimePicker();
    private final ComboBox<String> zone = new ComboBox<>();
    private final ComboBox<ProjectListItem> project = new ComboBox<>();
    private final MultiSelectComboBox<ThemeItem> themes = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<GroupListItem> groups = new MultiSelectComboBox<>();

    CallEditorDialog(
            CallAdministration administration,
            CallEditors.Choices choices,
            @Nullable CallDetails call,
            LongConsumer saved) {
        setHeaderTitle(call == null ? getTranslation("call.editor.new") : getTranslation("call.editor.edit"));
        setWidth("min(56rem, 96vw)");

        kind.setLabel(getTranslation("call.kind"));
        kind.setItems(CallKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("call.kind." + k));
        kind.setValue(CallKind.PARTNERS);
        title.setLabel(getTranslation("call.title"));
        title.setMaxLength(Call.TITLE_MAX);
        title.setRequiredIndicatorVisible(true);
        body.setLabel(getTranslation("call.body"));
        body.setMaxLength(Call.BODY_MAX);
        body.setMinHeight("8em");
        body.setRequiredIndicatorVisible(true);
        eligibility.setLabel(getTranslation("call.eligibility"));
        eligibility.setMaxLength(Call.ELIGIBILITY_MAX);
        deadline.setLabel(getTranslation("call.deadline"));
        zone.setLabel(getTranslation("call.zone"));
        zone.setItems(ZoneId.getAvailableZoneIds().stream()
                .filter(z -> z.contains("/"))
                .sorted()
                .toList());
        project.setLabel(getTranslation("call.project"));
        project.setItems(choices.projects());
        project.setItemLabelGenerator(p -> p.acronym() + " — " + p.title());
        project.setClearButtonVisible(true);
        themes.setLabel(getTranslation("call.themes"));
        themes.setItems(choices.themes());
        themes.setItemLabelGenerator(t -> t.name(getLocale()));
        groups.setLabel(getTranslation("call.groups"));
        groups.setHelperText(getTranslation("call.groups.help"));
        groups.setItems(choices.groups());
        groups.setItemLabelGenerator(GroupListItem::name);

        kind.setId("call-kind");
        title.setId("call-title");
        body.setId("call-body");
        deadline.setId("call-deadline");
        zone.setId("call-zone");
        var form = new FormLayout(kind, title, deadline, zone, project);
        form.setColspan(title, 2);
        add(form, body, eligibility, themes, groups);
        body.setWidthFull();
        eligibility.setWidthFull();
        themes.setWidthFull();
        groups.setWidthFull();

        if (call != null) {
            fill(call.draft(), choices);
        } else {
            var browser = ViewerTime.browserZone().orElse(ZoneId.of("Europe/Brussels"));
            zone.setValue(browser.getId());
            deadline.setValue(LocalDateTime.now(browser)
                    .plusWeeks(4)
                    .truncatedTo(ChronoUnit.DAYS)
                    .withHour(17));
        }

        Actions.saveFooter(
                this,
                () -> call == null ? administration.create(draft()) : update(administration, call),
                "call.saved",
                saved,
                "save-call");
    }

    private void fill(CallDraft draft, CallEditors.Choices choices) {
        kind.setValue(draft.kind());
        title.setValue(draft.title());
        body.setValue(draft.body());
        eligibility.setValue(draft.eligibility());
        deadline.setValue(draft.deadline());
        zone.setValue(draft.timeZone().getId());
        project.setValue(choices.projects().stream()
                .filter(p -> draft.projectId() != null && p.id() == draft.projectId())
                .findFirst()
                .orElse(null));
        themes.setValue(choices.themes().stream()
                .filter(t -> draft.themeIds().contains(t.id()))
                .collect(Collectors.toSet()));
        groups.setValue(choices.groups().stream()
                .filter(g -> draft.groupIds().contains(g.id()))
                .collect(Collectors.toSet()));
    }

    private long update(CallAdministration administration, CallDetails call) {
        administration.update(call.id(), draft(), call.version());
        return call.id();
    }

    private CallDraft draft() {
        if (deadline.getValue() == null || zone.getValue() == null || kind.getValue() == null) {
            throw new UserFacingException("call.error.deadline-required");
        }
        var chosenProject = project.getValue();
        return new CallDraft(
                kind.getValue(),
                title.getValue(),
                body.getValue(),
                eligibility.getValue(),
                deadline.getValue(),
                ZoneId.of(zone.getValue()),
                chosenProject == null ? null : chosenProject.id(),
                themes.getValue().stream().map(ThemeItem::id).collect(Collectors.toSet()),
                groups.getValue().stream().map(GroupListItem::id).collect(Collectors.toSet()));
    }
}
