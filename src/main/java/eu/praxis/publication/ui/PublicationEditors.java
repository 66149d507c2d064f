package eu.praxis.publication.ui;

import eu.praxis.group.GroupDirectory;
import eu.praxis.group.GroupListItem;
import eu.praxis.practice.ThemeItem;
import eu.praxis.practice.ThemeService;
import eu.praxis.project.ProjectDirectory;
import eu.praxis.project.ProjectFilter;
import eu.praxis.project.ProjectListItem;
import eu.praxis.publication.PublicationAdministration;
import eu.praxis.publication.PublicationDetails;
import eu.praxis.publication.PublicationFilter;
import eu.praxis.publication.PublicationLibrary;
import eu.praxis.publication.PublicationListItem;
import java.util.List;
import java.util.function.LongConsumer;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Opens the publication editor with what it offers to choose from: themes, groups, projects, other publications. */
@Component
class PublicationEditors {

    private final PublicationAdministration administration;
    private final PublicationLibrary library;
    private final ThemeService themes;
    private final GroupDirectory groups;
    private final ProjectDirectory projects;

    PublicationEditors(
            PublicationAdministration administration,
            PublicationLibrary library,
            ThemeService themes,
            GroupDirectory groups,
            ProjectDirectory projects) {
        this.administration = administration;
        this.library = library;
        this.themes = themes;
        this.groups = groups;
        this.projects = projects;
    }

    record Choices(
            List<ThemeItem> themes,
            List<GroupListItem> groups,
            List<ProjectListItem> projects,
            List<PublicationListItem> publications) {}

    /**
     * @param publication the publication to change, or null for a new one
     * @param saved called with the publication's id once saved
     */
    void open(@Nullable PublicationDetails publication, LongConsumer saved) {
        var others = library.list(PublicationFilter.any()).stream()
                .filter(p -> publication == null || p.id() != publication.id())
                .toList();
        var choices = new Choices(themes.list(), groups.list(), projects.list(ProjectFilter.any()), others);
        new PublicationEditorDialog(administration, choices, publication, saved).open();
    }
}
