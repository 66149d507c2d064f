package eu.praxis.practice.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.Setter;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.validator.StringLengthValidator;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.server.Command;
import com.vaadin.flow.theme.lumo.LumoUtility;
import eu.praxis.base.NotFoundException;
import eu.praxis.base.UserFacingException;
import eu.praxis.base.ui.Actions;
import eu.praxis.base.ui.RouteIds;
import eu.praxis.base.ui.StreamingUpload;
import eu.praxis.base.ui.Toasts;
import eu.praxis.base.ui.UploadTexts;
import eu.praxis.base.ui.ViewToolbar;
import eu.praxis.content.Moderation;
import eu.praxis.group.GroupDirectory;
import eu.praxis.organisation.Countries;
import eu.praxis.practice.AttachmentItem;
import eu.praxis.practice.EvidenceCriterion;
import eu.praxis.practice.Practice;
import eu.praxis.practice.PracticeDetails;
import eu.praxis.practice.PracticeEditing;
import eu.praxis.practice.PracticeLanguages;
import eu.praxis.practice.PracticeLibrary;
import eu.praxis.practice.PracticeStatus;
import eu.praxis.practice.PracticeType;
import eu.praxis.practice.ThemeService;
import eu.praxis.security.CurrentUser;
import jakarta.annotation.security.PermitAll;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.util.unit.DataSize;

/**
 * Writes a new practice sheet or case study ({@code practices/new/sheet}, {@code practices/new/case-study})
 * or edits one ({@code practices/{id}/edit}). The binder checks what it can with the service's limits and
 * messages; the service checks again and its refusals (e.g. someone else saved meanwhile) leave the input
 * as typed. Attachments need the practice to exist, so they are offered once it is saved as a draft.
 */
@Route("practices/:" + PracticeEditorView.ID + "/edit")
@RouteAlias("practices/new/:" + PracticeEditorView.TYPE)
@PermitAll
class PracticeEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ID = "id";
    static final String TYPE = "type";
    /** What the upload offers to pick; the server decides from the content. */
    private static final String[] ACCEPTED = {
        ".pdf", ".docx", ".odt", ".pptx", ".xlsx", ".ods", ".txt", ".png", ".jpg", ".jpeg"
    };

    private final transient PracticeEditing practices;
    private final transient PracticeLibrary library;
    private final transient ThemeService themes;
    private final transient GroupDirectory groups;
    private final DataSize maxUpload;
    private Binder<PracticeForm> binder = new Binder<>();
    private PracticeType type = PracticeType.SHEET;
    /** The practice being edited; none while writing a new one. */
    private @Nullable PracticeDetails practice;

    private @Nullable Component attachments;
    /** Why a moderator (a lead, the secretariat) changes someone else's practice; kept in its history. */
    private final TextField reason = new TextField();

    PracticeEditorView(
            PracticeEditing practices,
            PracticeLibrary library,
            ThemeService themes,
            GroupDirectory groups,
            @Value("${praxis.files.max-size:25MB}") DataSize maxUpload) {
        this.practices = practices;
        this.library = library;
        this.themes = themes;
        this.groups = groups;
        this.maxUpload = maxUpload;
        addClassNames("view", "practice-editor");
    }

    /** The address segment of a type: {@code sheet}, {@code case-study}. */
    static String segment(PracticeType type) {
        return type.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getRouteParameters();
        var typeSegment = parameters.get(TYPE);
        if (typeSegment.isPresent()) {
            type = Arrays.stream(PracticeType.values())
                    .filter(t -> segment(t).equals(typeSegment.get()))
                    .findFirst()
                    .orElseThrow(NotFoundException::new);
            if (CurrentUser.require().isResearcher()) {
                throw new AccessDeniedException("researchers do not write practices");
            }
            practice = null;
            var form = new PracticeForm();
            form.language = PracticeLanguages.isValid(getLocale().getLanguage())
                    ? getLocale().getLanguage()
                    : "en";
            build(form);
        } else {
            var id = RouteIds.require(parameters, ID);
            var details = library.get(id);
            if (!details.mayEdit()) {
                throw new AccessDeniedException("may not edit practice " + id);
            }
            practice = details;
            type = details.type();
            build(PracticeForm.of(details));
        }
    }

    private void build(PracticeForm values) {
        removeAll();
        binder = new Binder<>();
        var required = getTranslation("common.field-required");

        var title = new TextField(getTranslation("practice.field.title"));
        title.setMaxLength(Practice.TITLE_MAX);
        title.setId("title");
        binder.forField(title)
                .asRequired(required)
                .withValidator(length("practice.error.title", Practice.TITLE_MAX))
                .bind(f -> f.title, (f, v) -> f.title = v);

        var summary = textArea("practice.field.summary", Practice.SUMMARY_MAX);
        summary.setHelperText(getTranslation("practice.editor.summary.help"));
        binder.forField(summary)
                .asRequired(required)
                .withValidator(length("practice.error.summary", Practice.SUMMARY_MAX))
                .bind(f -> f.summary, (f, v) -> f.summary = v);

        var country = new ComboBox<String>(getTranslation("practice.field.country"));
        country.setItems(Countries.sortedByName(getLocale()));
        country.setItemLabelGenerator(c -> Countries.name(c, getLocale()));
        country.setClearButtonVisible(true);
        country.setId("country");
        var countryBinding = binder.forField(country);
        if (practice == null) {
            country.setHelperText(getTranslation("practice.editor.country.help"));
        } else {
            // A saved practice has its country; emptying the field would not bring back the default.
            countryBinding.asRequired(required);
        }
        countryBinding.bind(f -> f.country, (f, v) -> f.country = v);

        var city = new TextField(getTranslation("practice.field.city"));
        city.setMaxLength(Practice.CITY_MAX);
        binder.forField(city)
                .withValidator(length("practice.error.city", Practice.CITY_MAX))
                .bind(f -> f.city, (f, v) -> f.city = v);

        var language = new Select<String>();
        language.setLabel(getTranslation("practice.field.language"));
        language.setItems(PracticeLanguages.CODES.stream()
                .sorted(Comparator.comparing(c -> PracticeTexts.language(c, getLocale())))
                .toList());
        language.setItemLabelGenerator(c -> c == null ? "" : PracticeTexts.language(c, getLocale()));
        binder.forField(language).asRequired(required).bind(f -> f.language, (f, v) -> f.language = v);

        var start = new DatePicker(getTranslation("practice.field.period-start"));
        start.setId("period-start");
        binder.forField(start).asRequired(required).bind(f -> f.periodStart, (f, v) -> f.periodStart = v);
        var end = new DatePicker(getTranslation("practice.field.period-end"));
        end.setId("period-end");
        end.setHelperText(getTranslation("practice.editor.period-end.help"));
        var endBinding = binder.forField(end)
                .withValidator(
                        e -> e == null || start.getValue() == null || !e.isBefore(start.getValue()),
                        getTranslation("practice.error.period"))
                .bind(f -> f.periodEnd, (f, v) -> f.periodEnd = v);
        // Not end.setMin(start): the picker's own check would show its message instead of ours.
        start.addValueChangeListener(e -> {
            if (end.getValue() != null) {
                endBinding.validate();
            }
        });

        var themeField = idChooser("practice.field.themes", themeNames());
        themeField.setId("themes");
        binder.forField(themeField).bind(f -> f.themeIds, (f, v) -> f.themeIds = new HashSet<>(v));

        var groupField = idChooser("practice.field.groups", groupNames());
        groupField.setId("groups");
        groupField.setHelperText(getTranslation("practice.editor.groups.help"));
        binder.forField(groupField).bind(f -> f.groupIds, (f, v) -> f.groupIds = new HashSet<>(v));
        var wholeNetwork = new Checkbox(getTranslation("practice.field.whole-network"));
        wholeNetwork.setId("whole-network");
        wholeNetwork.setHelperText(getTranslation("practice.editor.whole-network.help"));
        binder.forField(wholeNetwork).bind(f -> f.wholeNetwork, (f, v) -> f.wholeNetwork = v);

        var form = new FormLayout(
                title, summary, country, city, language, start, end, themeField, groupField, wholeNetwork);
        form.setColspan(title, 2);
        form.setColspan(summary, 2);
        form.setColspan(themeField, 2);
        if (type == PracticeType.SHEET) {
            form.add(
                    sheetText(
                            "practice.field.objectives",
                            "practice.error.objectives",
                            Practice.TEXT_MAX,
                            f -> f.objectives,
                            (f, v) -> f.objectives = v),
                    sheetText(
                            "practice.field.actions",
                            "practice.error.actions",
                            Practice.TEXT_MAX,
                            f -> f.actions,
                            (f, v) -> f.actions = v),
                    sheetText(
                            "practice.field.partners",
                            "practice.error.partners",
                            Practice.TEXT_MAX,
                            f -> f.partners,
                            (f, v) -> f.partners = v),
                    sheetText(
                            "practice.field.results",
                            "practice.error.results",
                            Practice.TEXT_MAX,
                            f -> f.results,
                            (f, v) -> f.results = v),
                    sheetText(
                            "practice.field.evaluation",
                            "practice.error.evaluation",
                            Practice.TEXT_MAX,
                            f -> f.evaluation,
                            (f, v) -> f.evaluation = v),
                    sheetText(
                            "practice.field.contact",
                            "practice.error.contact",
                            Practice.CONTACT_MAX,
                            f -> f.contact,
                            (f, v) -> f.contact = v));
        } else {
            form.add(sheetText(
                    "practice.field.body",
                    "practice.error.body",
                    Practice.TEXT_MAX,
                    f -> f.body,
                    (f, v) -> f.body = v));
        }
        form.getChildren().filter(TextArea.class::isInstance).forEach(c -> form.setColspan(c, 2));
        var evidence = evidenceSection();
        binder.readBean(values);

        add(new ViewToolbar(getPageTitle()), form, evidence);
        if (practice != null && practice.mayModerate()) {
            reason.setLabel(getTranslation("practice.moderate.edit-reason"));
            reason.setId("edit-reason");
            reason.setMaxLength(Moderation.REASON_MAX);
            reason.setWidthFull();
            add(reason);
        }
        add(buttons(), attachmentsArea());
    }

    private Component buttons() {
        var draft = practice == null || practice.status() == PracticeStatus.DRAFT;
        var save = new Button(getTranslation(draft ? "practice.editor.save-draft" : "common.save"), e -> save(false));
        save.setId("save");
        var bar = new Div(save);
        if (draft) {
            var publish = new Button(getTranslation("practice.editor.save-publish"), e -> save(true));
            publish.addThemeVariants(ButtonVariant.PRIMARY);
            publish.setId("save-publish");
            bar.add(publish);
        } else {
            save.addThemeVariants(ButtonVariant.PRIMARY);
        }
        var cancel = new Button(getTranslation("common.cancel"), e -> leave());
        cancel.addThemeVariants(ButtonVariant.TERTIARY);
        bar.add(cancel);
        bar.addClassNames(LumoUtility.Display.FLEX, LumoUtility.Gap.SMALL, LumoUtility.FlexWrap.WRAP);
        return bar;
    }

    /**
     * Saves what the fields hold. A new practice is created as a draft and, to publish, published next;
     * if publishing is refused (a text missing), the draft stays and the editor reopens on it.
     */
    private void save(boolean publish) {
        var form = new PracticeForm();
        try {
            binder.writeBean(form);
        } catch (ValidationException e) {
            var n = Notification.show(getTranslation("practice.editor.invalid"), 5000, Notification.Position.MIDDLE);
            n.addThemeVariants(NotificationVariant.ERROR);
            return;
        }
        var draft = form.toDraft(type);
        var editing = practice;
        if (editing == null) {
            Actions.attempt(this, () -> practices.create(draft)).ifPresent(id -> {
                if (publish && tryPublish(id, draft.title())) {
                    return;
                }
                Toasts.success(this, "practice.editor.saved-draft");
                UI.getCurrent().navigate(PracticeNavigation.editPath(id));
            });
            return;
        }
        Actions.attempt(this, () -> {
                    practices.update(editing.id(), draft, editing.version(), reason.getValue());
                    return true;
                })
                .ifPresent(done -> {
                    if (publish && tryPublish(editing.id(), draft.title())) {
                        return;
                    }
                    Toasts.success(this, "common.saved");
                    practice = library.get(editing.id());
                    binder.readBean(PracticeForm.of(practice));
                    reason.clear();
                });
    }

    /** Publishes (or submits for review, DD031) and shows the page; says why not otherwise. */
    private boolean tryPublish(long id, String title) {
        return Actions.attempt(this, () -> practices.publish(id))
                .map(status -> {
                    Toasts.success(
                            this,
                            status == PracticeStatus.SUBMITTED ? "practice.review.submitted" : "practice.published",
                            title);
                    // The page forwards to the address with the slug, which only the service knows.
                    UI.getCurrent().navigate(PracticeNavigation.pagePath(id));
                    return true;
                })
                .orElse(false);
    }

    private void leave() {
        if (practice != null) {
            UI.getCurrent().navigate(PracticeView.class, PracticeNavigation.parameters(practice.id(), practice.slug()));
        } else {
            UI.getCurrent().navigate(PracticeNavigation.LIBRARY_PATH);
        }
    }

    /** Attachments of a saved practice, with an upload; before the first save, a word on why there is none. */
    private Component attachmentsArea() {
        var area = new Section();
        area.addClassName("practice-editor-attachments");
        if (practice == null) {
            var note = new Paragraph(getTranslation("practice.attachments.after-save"));
            note.addClassName("muted");
            area.add(new H2(getTranslation("practice.attachments.title")), note);
            return area;
        }
        var id = practice.id();
        var upload = UploadTexts.translated(new Upload(new StreamingUpload(
                maxUpload.toBytes(),
                new UserFacingException("files.error.too-large", Math.max(1, maxUpload.toMegabytes())),
                (content, fileName) -> attached(id, practices.attach(id, content, fileName)))));
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxUpload.toBytes()));
        upload.setAcceptedFileTypes(ACCEPTED);
        upload.setId("upload");
        upload.addFileRejectedListener(e -> {
            var n = Notification.show(
                    getTranslation("practice.attachments.rejected", e.getFileName(), maxUpload.toMegabytes()),
                    6000,
                    Notification.Position.MIDDLE);
            n.addThemeVariants(NotificationVariant.ERROR);
        });
        var help = new Paragraph(getTranslation("practice.attachments.help", maxUpload.toMegabytes()));
        help.addClassName("muted");
        attachments = attachmentList(practice);
        area.add(attachments, upload, help);
        return area;
    }

    private Command attached(long practiceId, AttachmentItem item) {
        return () -> {
            Toasts.success(this, "practice.attachments.added", item.fileName());
            refreshAttachments(practiceId);
        };
    }

    private void refreshAttachments(long practiceId) {
        var fresh = attachmentList(library.get(practiceId));
        if (attachments != null) {
            attachments.getParent().ifPresent(parent -> ((Section) parent).replace(attachments, fresh));
        }
        attachments = fresh;
    }

    private AttachmentList attachmentList(PracticeDetails details) {
        return new AttachmentList(details.attachments(), this::confirmRemoval);
    }

    private void confirmRemoval(AttachmentItem item) {
        var practiceId = Optional.ofNullable(practice).map(PracticeDetails::id).orElseThrow();
        Actions.confirm(
                this,
                getTranslation("practice.attachments.remove.confirm.title", item.fileName()),
                getTranslation("practice.attachments.remove.confirm.text"),
                getTranslation("practice.attachments.remove"),
                () -> Actions.perform(
                        this,
                        () -> practices.removeAttachment(item.id()),
                        () -> refreshAttachments(practiceId),
                        "practice.attachments.removed",
                        item.fileName()));
    }

    /** The texts along the quality criteria (DD032), optional; the evidence level is a reviewer's, not here. */
    private Component evidenceSection() {
        var heading = new H2(getTranslation("practice.evidence.title"));
        var help = new Paragraph(getTranslation("practice.evidence.help"));
        var form = new FormLayout();
        for (var criterion : EvidenceCriterion.values()) {
            var area = sheetText(
                    "practice.evidence." + criterion.key(),
                    "practice.error.evidence." + criterion.key(),
                    Practice.TEXT_MAX,
                    f -> f.evidence.get(criterion),
                    (f, v) -> f.evidence.put(criterion, v));
            area.setId("evidence-" + criterion.key());
            form.add(area);
            form.setColspan(area, 2);
        }
        var section = new Section(heading, help, form);
        section.setId("evidence");
        return section;
    }

    private TextArea textArea(String labelKey, int max) {
        var area = new TextArea(getTranslation(labelKey));
        area.setMaxLength(max);
        area.setMinHeight("6rem");
        // "practice.field.objectives" → id "objectives", for tests and for links to a field
        area.setId(labelKey.substring(labelKey.lastIndexOf('.') + 1));
        return area;
    }

    private TextArea sheetText(
            String labelKey,
            String errorKey,
            int max,
            ValueProvider<PracticeForm, String> getter,
            Setter<PracticeForm, String> setter) {
        var area = textArea(labelKey, max);
        binder.forField(area).withValidator(length(errorKey, max)).bind(getter, setter);
        return area;
    }

    private StringLengthValidator length(String errorKey, int max) {
        return new StringLengthValidator(getTranslation(errorKey, max), 0, max);
    }

    /** A multi-select of ids shown by name, so that a practice keeps a theme or group no longer on offer. */
    private MultiSelectComboBox<Long> idChooser(String labelKey, Map<Long, String> names) {
        var field = new MultiSelectComboBox<Long>(getTranslation(labelKey));
        field.setItems(names.keySet());
        field.setItemLabelGenerator(id -> names.getOrDefault(id, ""));
        field.setClearButtonVisible(true);
        return field;
    }

    /** The themes on offer, plus those the practice has that are no longer offered. */
    private Map<Long, String> themeNames() {
        var names = new LinkedHashMap<Long, String>();
        themes.list().forEach(t -> names.put(t.id(), t.name(getLocale())));
        if (practice != null) {
            practice.themes().forEach(t -> names.putIfAbsent(t.id(), t.name(getLocale())));
        }
        return names;
    }

    /**
     * The groups one may share in (one's own; every group for the secretariat), plus those the practice is
     * already shared in: an editor who is not a member of one keeps it.
     */
    private Map<Long, String> groupNames() {
        var offered = CurrentUser.require().isAdmin() ? groups.list() : groups.myGroups();
        var names = new LinkedHashMap<Long, String>();
        offered.stream().filter(g -> !g.archived()).forEach(g -> names.put(g.id(), g.name()));
        if (practice != null) {
            practice.groups().forEach(names::putIfAbsent);
        }
        return names;
    }

    @Override
    public String getPageTitle() {
        if (practice != null) {
            return getTranslation("practice.editor.edit-title", practice.title());
        }
        return getTranslation("practice.new." + type.name());
    }
}
