package eu.praxis.news.ui;

import eu.praxis.event.EventCalendar;
import eu.praxis.event.EventFilter;
import eu.praxis.event.EventListItem;
import eu.praxis.group.GroupDirectory;
import eu.praxis.group.GroupListItem;
import eu.praxis.news.NewsDesk;
import eu.praxis.news.NewsDetails;
import eu.praxis.news.NewsRoom;
import eu.praxis.practice.ThemeItem;
import eu.praxis.practice.ThemeService;
import eu.praxis.project.ProjectDirectory;
import eu.praxis.project.ProjectFilter;
import eu.praxis.project.ProjectListItem;
import java.util.List;
import java.util.function.LongConsumer;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/** Opens the news editor with what it offers to choose from: the writer's groups, themes, events and projects. */
@Component
class NewsEditors {

    private static final int EVENTS_OFFERED = 50;

    private final NewsDesk desk;
    private final NewsRoom room;
    private final ThemeService themes;
    private final GroupDirectory groups;
    private final EventCalendar events;
    private final ProjectDirectory projects;

    NewsEditors(
            NewsDesk desk,
            NewsRoom room,
            ThemeService themes,
            GroupDirectory groups,
            EventCalendar events,
            ProjectDirectory projects) {
        this.desk = desk;
        this.room = room;
        this.themes = themes;
        this.groups = groups;
        this.events = events;
        this.projects = projects;
    }

    /**
     * @param network whether the writer may write the network's news (the group is then optional)
     * @param groups the groups the writer writes for
     */
    record Choices(
            boolean network,
            List<GroupListItem> groups,
            List<ThemeItem> themes,
            List<EventListItem> events,
            List<ProjectListItem> projects) {}

    /**
     * @param item the item to change, or null for a new one
     * @param groupId the group a new item is for, if written from the group's page
     * @param saved called with the item's id once saved
     */
    void open(@Nullable NewsDetails item, @Nullable Long groupId, LongConsumer saved) {
        var writable = room.groupsIWriteFor();
        var choices = new Choices(
                room.mayWriteNetworkNews(),
                groups.list().stream().filter(g -> writable.contains(g.id())).toList(),
                themes.list(),
                events.upcoming(EventFilter.any(), PageRequest.of(0, EVENTS_OFFERED))
                        .getContent(),
                projects.list(ProjectFilter.any()));
        new NewsEditorDialog(desk, choices, item, groupId, saved).open();
    }

    /** Whether the viewer writes any news at all (the network's or a group's). */
    boolean mayWriteAny() {
        return room.mayWriteNetworkNews() || !room.groupsIWriteFor().isEmpty();
    }
}
