package eu.praxis.project.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import eu.praxis.base.UserFacingException;
import eu.praxis.base.ui.Actions;
import eu.praxis.group.GroupListItem;
import eu.praxis.organisation.OrganisationSummary;
import eu.praxis.practice.ThemeItem;
import eu.praxis.project.PartnerRole;
import eu.praxis.project.Project;
import eu.praxis.project.ProjectAdministration;
import eu.praxis.project.ProjectDetails;
import eu.praxis.project.ProjectDraft;
import eu.praxis.project.ProjectPartner;
import eu.praxis.project.ProjectStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The secretariat's editor of a project: its facts, its partners with their roles, themes and groups. The service
 * checks the whole draft; a refusal is shown and everything typed stays.
 */
final class ProjectEditorDialog extends Dialog {

    private final TextField acronym = new TextField();
    private final TextField title = new TextField();
    private final ComboBox<String> programme = new ComboBox<>();
    private final DatePicker startsOn = new DatePicker();
    private final DatePicker endsOn = new DatePicker();
    private final Select<ProjectStatus> status = new Select<>();
    private final TextArea summary = new TextArea();
    private final TextArea description = new TextArea();
    private final TextField website = new TextField();
    private final MultiSelectComboBox<ThemeItem> themes = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<GroupListItem> groups = new MultiSelectComboBox<>();
    private final Div partnerRows = new Div();
    private final List<PartnerRow> partners = new ArrayList<>();
    private final ProjectEditors.Choices choices;

    /** One partner line: the organisation and its role. */
    private record PartnerRow(Div line, ComboBox<OrganisationSummary> organisation, Select<PartnerRole> role) {}

    ProjectEditorDialog(
            ProjectAdministration administration,
            ProjectEditors.Choices choices,
            @Nullable ProjectDetails project,
            LongConsumer saved) {
        this.choices = choices;
        setHeaderTitle(
                project == null
                        ? getTranslation("project.editor.new")
                        : getTranslation("project.editor.edit", project.acronym()));
        setWidth("min(56rem, 96vw)");

        acronym.setLabel(getTranslation("project.acronym"));
        acronym.setMaxLength(Project.ACRONYM_MAX);
        acronym.setRequiredIndicatorVisible(true);
        title.setLabel(getTranslation("project.title"));
        title.setMaxLength(Project.TITLE_MAX);
        title.setRequiredIndicatorVisible(true);
        programme.setLabel(getTranslation("project.programme"));
        programme.setItems(choices.programmes());
        programme.setAllowCustomValue(true);
        programme.addCustomValueSetListener(e -> programme.setValue(e.getDetail()));
        programme.setRequiredIndicatorVisible(true);
        startsOn.setLabel(getTranslation("project.starts-on"));
        endsOn.setLabel(getTranslation("project.ends-on"));
        status.setLabel(getTranslation("project.status"));
        status.setItems(ProjectStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("project.status." + s));
        status.setValue(ProjectStatus.IN_PREPARATION);
        summary.setLabel(getTranslation("project.summary"));
        summary.setMaxLength(Project.SUMMARY_MAX);
        summary.setRequiredIndicatorVisible(true);
        description.setLabel(getTranslation("project.description"));
        description.setMaxLength(Project.DESCRIPTION_MAX);
        description.setMinHeight("8em");
        website.setLabel(getTranslation("project.website"));
        website.setMaxLength(Project.WEBSITE_MAX);
        themes.setLabel(getTranslation("project.themes"));
        themes.setItems(choices.themes());
        themes.setItemLabelGenerator(t -> t.name(getLocale()));
        groups.setLabel(getTranslation("project.groups"));
        groups.setItems(choices.groups());
        groups.setItemLabelGenerator(GroupListItem::name);

        var form = new FormLayout(acronym, title, programme, status, startsOn, endsOn, website);
        form.setColspan(title, 2);
        var addPartner = new Button(getTranslation("project.partners.add"), e -> addPartner(null, PartnerRole.PARTNER));
        addPartner.getElement().setAttribute("data-action", "add-partner");
        add(
                form,
                summary,
                description,
                new H3(getTranslation("project.partners")),
                partnerRows,
                addPartner,
                themes,
                groups);
        summary.setWidthFull();
        description.setWidthFull();
        themes.setWidthFull();
        groups.setWidthFull();

        if (project != null) {
            fill(project.draft());
        } else {
            addPartner(null, PartnerRole.LEAD);
        }

        Actions.saveFooter(
                this,
                () -> {
                    var draft = draft();
                    if (project == null) {
                        return administration.create(draft);
                    }
                    administration.update(project.id(), draft, project.version());
                    return project.id();
                },
                "project.saved",
                saved,
                "save-project");
    }

    private void fill(ProjectDraft draft) {
        acronym.setValue(draft.acronym());
        title.setValue(draft.title());
        programme.setValue(draft.programme());
        startsOn.setValue(draft.startsOn());
        endsOn.setValue(draft.endsOn());
        status.setValue(draft.status());
        summary.setValue(draft.summary());
        description.setValue(draft.description());
        website.setValue(Objects.requireNonNullElse(draft.website(), ""));
        themes.setValue(choices.themes().stream()
                .filter(t -> draft.themeIds().contains(t.id()))
                .collect(Collectors.toSet()));
        groups.setValue(choices.groups().stream()
                .filter(g -> draft.groupIds().contains(g.id()))
                .collect(Collectors.toSet()));
        for (var partner : draft.partners()) {
            var organisation = choices.organisations().stream()
                    .filter(o -> o.id() == partner.organisationId())
                    .findFirst()
                    .orElse(null);
            addPartner(organisation, partner.role());
        }
    }

    private void addPartner(@Nullable OrganisationSummary organisation, PartnerRole role) {
        var organisationField = new ComboBox<OrganisationSummary>(getTranslation("project.partners.organisation"));
        organisationField.setItems(choices.organisations());
        organisationField.setItemLabelGenerator(o -> o.name() + (o.city() == null ? "" : " (" + o.city() + ")"));
        organisationField.setValue(organisation);
        organisationField.setWidth("24em");
        var roleField = new Select<PartnerRole>();
        roleField.setLabel(getTranslation("project.partners.role"));
        roleField.setItems(PartnerRole.values());
        roleField.setItemLabelGenerator(r -> getTranslation("project.role." + r));
        roleField.setValue(role);
        var line = new Div(organisationField, roleField);
        line.addClassName("project-partner-line");
        var row = new PartnerRow(line, organisationField, roleField);
        var remove = new Button(getTranslation("project.partners.remove"), e -> {
            partners.remove(row);
            partnerRows.remove(line);
        });
        remove.addThemeVariants(ButtonVariant.TERTIARY);
        line.add(remove);
        partners.add(row);
        partnerRows.add(line);
    }

    private ProjectDraft draft() {
        if (startsOn.getValue() == null || endsOn.getValue() == null) {
            throw new UserFacingException("project.error.dates-required");
        }
        // a partner named twice goes to the service, which says so
        var partnerList = new ArrayList<ProjectPartner>();
        for (var row : partners) {
            var organisation = row.organisation().getValue();
            if (organisation != null) {
                partnerList.add(new ProjectPartner(
                        organisation.id(), Objects.requireNonNullElse(row.role().getValue(), PartnerRole.PARTNER)));
            }
        }
        return new ProjectDraft(
                acronym.getValue(),
                title.getValue(),
                Objects.requireNonNullElse(programme.getValue(), ""),
                startsOn.getValue(),
                endsOn.getValue(),
                Objects.requireNonNullElse(status.getValue(), ProjectStatus.IN_PREPARATION),
                summary.getValue(),
                description.getValue(),
                website.getValue(),
                partnerList,
                themes.getValue().stream().map(ThemeItem::id).collect(Collectors.toSet()),
                groups.getValue().stream().map(GroupListItem::id).collect(Collectors.toSet()));
    }
}
