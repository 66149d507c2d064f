package eu.praxis.event.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import eu.praxis.base.UserFacingException;
import eu.praxis.base.ui.Actions;
import eu.praxis.base.ui.Toasts;
import eu.praxis.base.ui.ViewerTime;
import eu.praxis.event.Event;
import eu.praxis.event.EventAudience;
import eu.praxis.event.EventDetails;
import eu.praxis.event.EventDraft;
import eu.praxis.event.EventKind;
import eu.praxis.event.EventScheduling;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;
import org.jspecify.annotations.Nullable;

/**
 * Schedules or edits an event. The times are read in the chosen zone (the organiser's: the browser's by
 * default). The organising group and further groups (a joint session) are chosen among those the organiser may
 * schedule in. The service checks everything again and names the first problem; the dialog stays open with
 * what was typed.
 */
final class EventEditorDialog extends Dialog {

    private final transient EventScheduling scheduling;
    private final @Nullable EventDetails existing;
    private final transient LongConsumer saved;

    final Select<EventKind> kind = new Select<>();
    final TextField title = new TextField();
    final TextArea description = new TextArea();
    final DateTimePicker start = new DateTimePicker();
    final DateTimePicker end = new DateTimePicker();
    final ComboBox<String> zone = new ComboBox<>();
    final TextField place = new TextField();
    final TextField link = new TextField();
    final ComboBox<Long> group = new ComboBox<>();
    final MultiSelectComboBox<Long> otherGroups = new MultiSelectComboBox<>();
    final Checkbox membersOnly = new Checkbox();
    final IntegerField capacity = new IntegerField();
    final DateTimePicker deadline = new DateTimePicker();

    /** @param saved called with the event's id after a successful save */
    EventEditorDialog(EventScheduling scheduling, @Nullable EventDetails existing, LongConsumer saved) {
        this.scheduling = scheduling;
        this.existing = existing;
        this.saved = saved;
        setHeaderTitle(getTranslation(existing == null ? "event.editor.new" : "event.editor.edit"));
        setWidth("min(48rem, 95vw)");

        kind.setLabel(getTranslation("event.field.kind"));
        kind.setItems(EventKind.values());
        kind.setItemLabelGenerator(k -> EventTexts.kind(this, k));
        kind.setValue(EventKind.WEBCONFERENCE);
        title.setLabel(getTranslation("event.field.title"));
        title.setMaxLength(Event.TITLE_MAX);
        title.setRequired(true);
        description.setLabel(getTranslation("event.field.description"));
        description.setHelperText(getTranslation("event.field.description.help"));
        description.setMaxLength(Event.DESCRIPTION_MAX);
        start.setLabel(getTranslation("event.field.start"));
        end.setLabel(getTranslation("event.field.end"));
        zone.setLabel(getTranslation("event.field.zone"));
        zone.setItems(ZoneId.getAvailableZoneIds().stream()
                .filter(z -> z.contains("/"))
                .sorted()
                .toList());
        place.setLabel(getTranslation("event.field.place"));
        place.setMaxLength(Event.PLACE_MAX);
        link.setLabel(getTranslation("event.field.link"));
        link.setHelperText(getTranslation("event.field.link.help"));
        link.setMaxLength(Event.LINK_MAX);
        // the groups one may schedule in, and those the event already has (a co-organiser may not lead them all)
        Map<Long, String> names = new HashMap<>(scheduling.groupsICanScheduleIn());
        if (existing != null && existing.groupId() != null && existing.groupName() != null) {
            names.put(existing.groupId(), existing.groupName());
        }
        if (existing != null) {
            names.putAll(existing.otherGroups());
        }
        var byName = names.keySet().stream()
                .sorted((a, b) -> names.get(a).compareToIgnoreCase(names.get(b)))
                .toList();
        group.setLabel(getTranslation("event.field.group"));
        group.setItems(byName);
        group.setItemLabelGenerator(id -> names.getOrDefault(id, ""));
        group.setClearButtonVisible(true);
        group.setPlaceholder(getTranslation("event.field.group.none"));
        otherGroups.setLabel(getTranslation("event.field.other-groups"));
        otherGroups.setHelperText(getTranslation("event.field.other-groups.help"));
        otherGroups.setItems(byName);
        otherGroups.setItemLabelGenerator(id -> names.getOrDefault(id, ""));
        otherGroups.setId("other-groups");
        membersOnly.setLabel(getTranslation("event.field.members-only"));
        capacity.setLabel(getTranslation("event.field.capacity"));
        capacity.setHelperText(getTranslation("event.field.capacity.help"));
        capacity.setMin(1);
        capacity.setStepButtonsVisible(true);
        deadline.setLabel(getTranslation("event.field.deadline"));
        deadline.setHelperText(getTranslation("event.field.deadline.help"));

        if (existing != null) {
            fill(existing);
        } else {
            var browser = ViewerTime.browserZone().orElse(ZoneId.of("Europe/Brussels"));
            zone.setValue(browser.getId());
            var nextWeek = LocalDateTime.now(browser)
                    .plusWeeks(1)
                    .truncatedTo(ChronoUnit.HOURS)
                    .withHour(14);
            start.setValue(nextWeek);
            end.setValue(nextWeek.plusHours(1).plusMinutes(30));
            // a lead schedules in a group they lead; only the secretariat schedules for the network without one
            if (!byName.isEmpty() && !scheduling.mayScheduleInNetwork()) {
                group.setValue(group.getListDataView().getItem(0));
            }
        }

        var form = new FormLayout(
                kind,
                title,
                description,
                start,
                end,
                zone,
                place,
                link,
                group,
                otherGroups,
                membersOnly,
                capacity,
                deadline);
        form.setColspan(description, 2);
        form.setColspan(title, 2);
        add(form);

        var save = new Button(getTranslation("common.save"), e -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("save-event");
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }

    private void fill(EventDetails d) {
        kind.setValue(d.kind());
        title.setValue(d.title());
        description.setValue(d.descriptionMarkdown());
        zone.setValue(d.timeZone().getId());
        start.setValue(LocalDateTime.ofInstant(d.startsAt(), d.timeZone()));
        end.setValue(LocalDateTime.ofInstant(d.endsAt(), d.timeZone()));
        place.setValue(d.place() == null ? "" : d.place());
        link.setValue(d.onlineLink() == null ? "" : d.onlineLink());
        if (d.groupId() != null) {
            group.setValue(d.groupId());
        }
        otherGroups.setValue(d.otherGroups().keySet());
        membersOnly.setValue(d.audience() == EventAudience.GROUP_MEMBERS);
        capacity.setValue(d.capacity());
        if (!d.registrationDeadline().equals(d.startsAt())) {
            deadline.setValue(LocalDateTime.ofInstant(d.registrationDeadline(), d.timeZone()));
        }
    }

    /** The further groups, without the organising one if it was chosen twice. */
    private Set<Long> otherGroupIds() {
        var ids = new HashSet<>(otherGroups.getValue());
        if (group.getValue() != null) {
            ids.remove(group.getValue());
        }
        return ids;
    }

    void save() {
        if (start.getValue() == null || end.getValue() == null || zone.getValue() == null || kind.getValue() == null) {
            Toasts.refused(this, new UserFacingException("event.error.times-required"));
            return;
        }
        var draft = new EventDraft(
                kind.getValue(),
                title.getValue(),
                description.getValue(),
                start.getValue(),
                end.getValue(),
                ZoneId.of(zone.getValue()),
                place.getValue(),
                link.getValue(),
                group.getValue(),
                otherGroupIds(),
                membersOnly.getValue(),
                capacity.getValue(),
                deadline.getValue());
        Actions.attempt(this, () -> {
                    if (existing == null) {
                        return scheduling.create(draft);
                    }
                    scheduling.update(existing.id(), draft, existing.version());
                    return existing.id();
                })
                .ifPresent(id -> {
                    Toasts.success(this, "event.saved", draft.title());
                    close();
                    saved.accept(id);
                });
    }
}
