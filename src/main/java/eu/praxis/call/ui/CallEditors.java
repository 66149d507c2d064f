package eu.praxis.call.ui;

import eu.praxis.call.CallAdministration;
import eu.praxis.call.CallDetails;
import eu.praxis.group.GroupDirectory;
import eu.praxis.group.GroupListItem;
import eu.praxis.practice.ThemeItem;
import eu.praxis.practice.ThemeService;
import eu.praxis.project.ProjectDirectory;
import eu.praxis.project.ProjectFilter;
import eu.praxis.project.ProjectListItem;
import java.util.List;
import java.util.function.LongConsumer;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Opens the call editor with what it offers to choose from: themes, groups and projects. */
@Component
class CallEditors {

    private final CallAdministration administration;
    private final ThemeService themes;
    private final GroupDirectory groups;
    private final ProjectDirectory projects;

    CallEditors(
            CallAdministration administration, ThemeService themes, GroupDirectory groups, ProjectDirectory projects) {
        this.administration = administration;
        this.themes = themes;
        this.groups = groups;
        this.projects = projects;
    }

    record Choices(List<ThemeItem> themes, List<GroupListItem> groups, List<ProjectListItem> projects) {}

    /**
     * @param call the call to change, or null for a new one
     * @param saved called with the call's id once saved
     */
    void open(@Nullable CallDetails call, LongConsumer saved) {
        var choices = new Choices(themes.list(), groups.list(), projects.list(ProjectFilter.any()));
        new CallEditorDialog(administration, choices, call, saved).open();
    }
}
