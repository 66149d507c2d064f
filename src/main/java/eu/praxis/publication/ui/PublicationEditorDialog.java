package eu.praxis.publication.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import eu.praxis.base.UserFacingException;
import eu.praxis.base.ui.Actions;
import eu.praxis.group.GroupListItem;
import eu.praxis.practice.ThemeItem;
import eu.praxis.project.ProjectListItem;
import eu.praxis.publication.Publication;
import eu.praxis.publication.PublicationAdministration;
import eu.praxis.publication.PublicationDetails;
import eu.praxis.publication.PublicationDraft;
import eu.praxis.publication.PublicationListItem;
import eu.praxis.publication.PublicationType;
import eu.praxis.publication.PublicationVisibility;
import eu.praxis.searchindex.SearchDocument;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The secretariat's editor of a publication. Authors are typed one per line. An edition in another language is tied
 * to its work by choosing one of the work's editions. The service checks the whole draft; a refusal is shown and
 * everything typed stays. Files are added on the publication's page.
 */
final class PublicationEditorDialog extends Dialog {

    private final Select<PublicationType> type = new Select<>();
    private final TextField title = new TextField();
    private final TextArea abstractText = new TextArea();
    private final ComboBox<String> language = new ComboBox<>();
    private final DatePicker publishedOn = new DatePicker();
    private final TextArea authors = new TextArea();
    private final Select<PublicationVisibility> visibility = new Select<>();
    private final ComboBox<ProjectListItem> project = new ComboBox<>();
    private final MultiSelectComboBox<ThemeItem> themes = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<GroupListItem> groups = new MultiSelectComboBox<>();
    private final ComboBox<PublicationListItem> editionOf = new ComboBox<>();

    PublicationEditorDialog(
            PublicationAdministration administration,
            PublicationEditors.Choices choices,
            @Nullable PublicationDetails publication,
            LongConsumer saved) {
        setHeaderTitle(getTranslation(publication == null ? "publication.editor.new" : "publication.editor.edit"));
        setWidth("min(56rem, 96vw)");

        type.setLabel(getTranslation("publication.type"));
        type.setItems(PublicationType.values());
        type.setItemLabelGenerator(t -> getTranslation("publication.type." + t));
        type.setValue(PublicationType.REPORT);
        title.setLabel(getTranslation("publication.title"));
        title.setMaxLength(Publication.TITLE_MAX);
        title.setRequiredIndicatorVisible(true);
        abstractText.setLabel(getTranslation("publication.abstract"));
        abstractText.setMaxLength(Publication.ABSTRACT_MAX);
        abstractText.setMinHeight("6em");
        language.setLabel(getTranslation("publication.language"));
        language.setItems(SearchDocument.ANALYZED_LANGUAGES);
        language.setItemLabelGenerator(l -> PublicationTexts.language(getLocale(), l));
        language.setAllowCustomValue(true);
        language.addCustomValueSetListener(e -> language.setValue(e.getDetail()));
        language.setValue(getLocale().getLanguage());
        publishedOn.setLabel(getTranslation("publication.published-on"));
        publishedOn.setValue(LocalDate.now());
        authors.setLabel(getTranslation("publication.authors"));
        authors.setHelperText(getTranslation("publication.authors.help"));
        visibility.setLabel(getTranslation("publication.visibility"));
        visibility.setItems(PublicationVisibility.values());
        visibility.setItemLabelGenerator(v -> getTranslation("publication.visibility." + v));
        visibility.setValue(PublicationVisibility.NETWORK);
        project.setLabel(getTranslation("publication.project"));
        project.setItems(choices.projects());
        project.setItemLabelGenerator(p -> p.acronym() + " — " + p.title());
        project.setClearButtonVisible(true);
        themes.setLabel(getTranslation("publication.themes"));
        themes.setItems(choices.themes());
        themes.setItemLabelGenerator(t -> t.name(getLocale()));
        groups.setLabel(getTranslation("publication.groups"));
        groups.setHelperText(getTranslation("publication.groups.help"));
        groups.setItems(choices.groups());
        groups.setItemLabelGenerator(GroupListItem::name);
        editionOf.setLabel(getTranslation("publication.edition-of"));
        editionOf.setHelperText(getTranslation("publication.edition-of.help"));
        editionOf.setItems(choices.publications());
        editionOf.setItemLabelGenerator(
                p -> p.title() + " (" + PublicationTexts.language(getLocale(), p.language()) + ")");
        editionOf.setClearButtonVisible(true);

        type.setId("publication-type");
        title.setId("publication-title");
        language.setId("publication-language");
        visibility.setId("publication-visibility");
        editionOf.setId("publication-edition-of");
        var form = new FormLayout(type, title, language, publishedOn, visibility, project);
        form.setColspan(title, 2);
        add(form, abstractText, authors, themes, groups, editionOf);
        abstractText.setWidthFull();
        authors.setWidthFull();
        themes.setWidthFull();
        groups.setWidthFull();
        editionOf.setWidthFull();

        if (publication != null) {
            fill(publication.draft(), choices);
        }
        Actions.saveFooter(
                this,
                () -> publication == null ? administration.create(draft()) : update(administration, publication),
                "publication.saved",
                saved,
                "save-publication");
    }

    private void fill(PublicationDraft draft, PublicationEditors.Choices choices) {
        type.setValue(draft.type());
        title.setValue(draft.title());
        abstractText.setValue(draft.abstractText());
        language.setValue(draft.language());
        publishedOn.setValue(draft.publishedOn());
        authors.setValue(String.join("\n", draft.authors()));
        visibility.setValue(draft.visibility());
        project.setValue(choices.projects().stream()
                .filter(p -> Objects.equals(p.id(), draft.projectId()))
                .findFirst()
                .orElse(null));
        themes.setValue(choices.themes().stream()
                .filter(t -> draft.themeIds().contains(t.id()))
                .collect(Collectors.toSet()));
        groups.setValue(choices.groups().stream()
                .filter(g -> draft.groupIds().contains(g.id()))
                .collect(Collectors.toSet()));
        editionOf.setValue(choices.publications().stream()
                .filter(p -> Objects.equals(p.id(), draft.editionOfId()))
                .findFirst()
                .orElse(null));
    }

    private long update(PublicationAdministration administration, PublicationDetails publication) {
        administration.update(publication.id(), draft(), publication.version());
        return publication.id();
    }

    private PublicationDraft draft() {
        if (publishedOn.getValue() == null || type.getValue() == null || visibility.getValue() == null) {
            throw new UserFacingException("publication.error.date-required");
        }
        var chosenProject = project.getValue();
        var edition = editionOf.getValue();
        return new PublicationDraft(
                type.getValue(),
                title.getValue(),
                abstractText.getValue(),
                Objects.requireNonNullElse(language.getValue(), ""),
                publishedOn.getValue(),
                Arrays.asList(authors.getValue().split("\\R")),
                visibility.getValue(),
                chosenProject == null ? null : chosenProject.id(),
                themes.getValue().stream().map(ThemeItem::id).collect(Collectors.toSet()),
                groups.getValue().stream().map(GroupListItem::id).collect(Collectors.toSet()),
                edition == null ? null : edition.id());
    }
}
