package eu.praxis.news.ui;

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
import eu.praxis.event.EventListItem;
import eu.praxis.group.GroupListItem;
import eu.praxis.news.NewsDesk;
import eu.praxis.news.NewsDetails;
import eu.praxis.news.NewsDraft;
import eu.praxis.news.NewsItem;
import eu.praxis.practice.PracticeLanguages;
import eu.praxis.practice.ThemeItem;
import eu.praxis.project.ProjectListItem;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The editor of a news item: its text in Markdown, its language, the group it is news of (none for the network, which
 * only the secretariat writes), when it appears (now when left empty, read on the writer's clock), themes and the
 * event and project it is about. The service checks the whole item; a refusal is shown and everything typed stays.
 */
final class NewsEditorDialog extends Dialog {

    private final TextField title = new TextField();
    private final TextArea body = new TextArea();
    private final Select<String> language = new Select<>();
    private final ComboBox<GroupListItem> group = new ComboBox<>();
    private final DateTimePicker publishedAt = new DateTimePicker();
    private final MultiSelectComboBox<ThemeItem> themes = new MultiSelectComboBox<>();
    private final ComboBox<EventListItem> event = new ComboBox<>();
    private final ComboBox<ProjectListItem> project = new ComboBox<>();
    private final boolean network;

    NewsEditorDialog(
            NewsDesk desk,
            NewsEditors.Choices choices,
            @Nullable NewsDetails item,
            @Nullable Long groupId,
            LongConsumer saved) {
        this.network = choices.network();
        setHeaderTitle(item == null ? getTranslation("news.editor.new") : getTranslation("news.editor.edit"));
        setWidth("min(56rem, 96vw)");

        title.setLabel(getTranslation("news.title"));
        title.setMaxLength(NewsItem.TITLE_MAX);
        title.setRequiredIndicatorVisible(true);
        title.setId("news-title");
        body.setLabel(getTranslation("news.body"));
        body.setHelperText(getTranslation("news.body.help"));
        body.setMaxLength(NewsItem.BODY_MAX);
        body.setMinHeight("10em");
        body.setRequiredIndicatorVisible(true);
        body.setId("news-body");
        language.setLabel(getTranslation("news.language"));
        language.setItems(PracticeLanguages.CODES);
        language.setItemLabelGenerator(code -> PracticeLanguages.name(code, getLocale()));
        language.setValue(
                PracticeLanguages.isValid(getLocale().getLanguage())
                        ? getLocale().getLanguage()
                        : "en");
        group.setLabel(getTranslation("news.group"));
        group.setItems(choices.groups());
        group.setItemLabelGenerator(GroupListItem::name);
        group.setId("news-group");
        if (network) {
            group.setPlaceholder(getTranslation("news.network"));
            group.setHelperText(getTranslation("news.group.help"));
            group.setClearButtonVisible(true);
        } else {
            group.setRequiredIndicatorVisible(true);
        }
        publishedAt.setLabel(getTranslation("news.published-at"));
        publishedAt.setHelperText(getTranslation("news.published-at.help"));
        themes.setLabel(getTranslation("news.themes"));
        themes.setItems(choices.themes());
        themes.setItemLabelGenerator(t -> t.name(getLocale()));
        event.setLabel(getTranslation("news.event"));
        event.setItems(choices.events());
        event.setItemLabelGenerator(e -> e.title() + " — " + ViewerTime.date(e.startsAt()));
        event.setClearButtonVisible(true);
        project.setLabel(getTranslation("news.project"));
        project.setItems(choices.projects());
        project.setItemLabelGenerator(p -> p.acronym() + " — " + p.title());
        project.setClearButtonVisible(true);

        var form = new FormLayout(title, language, group, publishedAt, event, project);
        form.setColspan(title, 2);
        add(form, body, themes);
        body.setWidthFull();
        themes.setWidthFull();

        if (item != null) {
            fill(item.draft(), choices);
            // an item stays news of the group it was written for
            group.setReadOnly(true);
        } else if (groupId != null) {
            group.setValue(choices.groups().stream()
                    .filter(g -> g.id() == groupId)
                    .findFirst()
                    .orElse(null));
        } else if (!network && choices.groups().size() == 1) {
            group.setValue(choices.groups().getFirst());
        }

        Actions.saveFooter(
                this, () -> item == null ? desk.write(draft()) : update(desk, item), "news.saved", saved, "save-news");
    }

    private void fill(NewsDraft draft, NewsEditors.Choices choices) {
        title.setValue(draft.title());
        body.setValue(draft.body());
        language.setValue(draft.language());
        group.setValue(choices.groups().stream()
                .filter(g -> Objects.equals(g.id(), draft.groupId()))
                .findFirst()
                .orElse(null));
        if (draft.publishedAt() != null) {
            publishedAt.setValue(LocalDateTime.ofInstant(draft.publishedAt(), ViewerTime.zone()));
        }
        themes.setValue(choices.themes().stream()
                .filter(t -> draft.themeIds().contains(t.id()))
                .collect(Collectors.toSet()));
        event.setValue(choices.events().stream()
                .filter(e -> Objects.equals(e.id(), draft.eventId()))
                .findFirst()
                .orElse(null));
        project.setValue(choices.projects().stream()
                .filter(p -> Objects.equals(p.id(), draft.projectId()))
                .findFirst()
                .orElse(null));
    }

    private long update(NewsDesk desk, NewsDetails item) {
        desk.update(item.id(), draft(), item.version());
        return item.id();
    }

    private NewsDraft draft() {
        var chosenGroup = group.getValue();
        if (chosenGroup == null && !network) {
            throw new UserFacingException("news.error.group-required");
        }
        var when = publishedAt.getValue();
        var chosenEvent = event.getValue();
        var chosenProject = project.getValue();
        return new NewsDraft(
                title.getValue(),
                body.getValue(),
                Objects.requireNonNullElse(language.getValue(), "en"),
                chosenGroup == null ? null : chosenGroup.id(),
                when == null ? null : when.atZone(ViewerTime.zone()).toInstant(),
                themes.getValue().stream().map(ThemeItem::id).collect(Collectors.toSet()),
                chosenEvent == null ? null : chosenEvent.id(),
                chosenProject == null ? null : chosenProject.id());
    }
}
