package eu.praxis.project.ui;

import eu.praxis.group.GroupDirectory;
import eu.praxis.group.GroupListItem;
import eu.praxis.organisation.OrganisationFilter;
import eu.praxis.organisation.OrganisationService;
import eu.praxis.organisation.OrganisationSummary;
import eu.praxis.practice.ThemeItem;
import eu.praxis.practice.ThemeService;
import eu.praxis.project.ProjectAdministration;
import eu.praxis.project.ProjectDetails;
import eu.praxis.project.ProjectDirectory;
import java.util.Comparator;
import java.util.List;
import java.util.function.LongConsumer;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/** Opens the project editor with what it offers to choose from: organisations, themes, groups, programmes. */
@Component
class ProjectEditors {

    /** The network has about 250 member organisations; the editor offers them all. */
    private static final int ORGANISATIONS_MAX = 2000;

    private final ProjectAdministration administration;
    private final ProjectDirectory directory;
    private final OrganisationService organisations;
    private final ThemeService themes;
    private final GroupDirectory groups;

    ProjectEditors(
            ProjectAdministration administration,
            ProjectDirectory directory,
            OrganisationService organisations,
            ThemeService themes,
            GroupDirectory groups) {
        this.administration = administration;
        this.directory = directory;
        this.organisations = organisations;
        this.themes = themes;
        this.groups = groups;
    }

    record Choices(
            List<OrganisationSummary> organisations,
            List<ThemeItem> themes,
            List<GroupListItem> groups,
            List<String> programmes) {}

    /**
     * @param project the project to change, or null for a new one
     * @param saved called with the project's id once saved
     */
    void open(@Nullable ProjectDetails project, LongConsumer saved) {
        var choices = new Choices(
                organisations.find(OrganisationFilter.any(), PageRequest.of(0, ORGANISATIONS_MAX)).getContent().stream()
                        .sorted(Comparator.comparing(OrganisationSummary::name, String.CASE_INSENSITIVE_ORDER))
                        .toList(),
                themes.list(),
                groups.list(),
                directory.programmes());
        new ProjectEditorDialog(administration, choices, project, saved).open();
    }
}
