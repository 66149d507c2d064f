package eu.praxis.discussion.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import eu.praxis.base.NotFoundException;
import eu.praxis.base.ui.ViewToolbar;
import eu.praxis.base.ui.ViewerTime;
import eu.praxis.discussion.DiscussionReading;
import eu.praxis.discussion.ThreadListItem;
import eu.praxis.group.GroupDirectory;
import eu.praxis.group.ui.GroupNavigation;
import jakarta.annotation.security.PermitAll;

/** All threads of a group, pinned ones first, then by most recent activity, loaded a page at a time. */
@Route("groups/:" + ThreadListView.SLUG + "/threads")
@PermitAll
class ThreadListView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String SLUG = "slug";

    private final DiscussionReading discussions;
    private final GroupDirectory groups;
    private String title = "";

    ThreadListView(DiscussionReading discussions, GroupDirectory groups) {
        this.discussions = discussions;
        this.groups = groups;
        addClassName("view");
        setSizeFull();
    }

    static RouterLink linkTo(String groupSlug, String text) {
        return new RouterLink(text, ThreadListView.class, new RouteParameters(SLUG, groupSlug));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var group = groups.get(event.getRouteParameters().get(SLUG).orElseThrow(NotFoundException::new));
        if (!discussions.mayReadThreadsOfGroup(group.id())) {
            throw new NotFoundException();
        }
        title = getTranslation("discussion.list.title", group.name());
        removeAll();
        add(new ViewToolbar(title));
        add(new Div(GroupNavigation.linkTo(group.slug(), getTranslation("discussion.list.back", group.name()))));
        var grid = new Grid<ThreadListItem>();
        grid.addColumn(new ComponentRenderer<>(t -> {
                    var cell = new Div(ThreadView.linkTo(t.id(), t.title()));
                    ThreadView.badges(cell, t.pinned(), t.locked(), t.hidden(), t.deleted());
                    return cell;
                }))
                .setHeader(getTranslation("discussion.column.thread"))
                .setFlexGrow(3);
        grid.addColumn(ThreadListItem::authorName).setHeader(getTranslation("discussion.column.author"));
        grid.addColumn(ThreadListItem::replyCount)
                .setHeader(getTranslation("discussion.column.replies"))
                .setFlexGrow(0)
                .setWidth("8rem");
        grid.addColumn(t -> ViewerTime.moment(t.lastActivityAt()))
                .setHeader(getTranslation("discussion.column.activity"));
        grid.setItemsPageable(
                page -> discussions.threadsOfGroup(group.id(), page).getContent());
        grid.setEmptyStateText(getTranslation("discussion.list.empty"));
        grid.setSizeFull();
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
