package eu.praxis.group.ui;

import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import eu.praxis.group.GroupPaths;
import org.springframework.modulith.NamedInterface;

/** Links to working-group pages, for other features' views. */
@NamedInterface("ui")
public final class GroupNavigation {

    private GroupNavigation() {}

    /** The group page's address, for navigating by route string. */
    public static String path(String slug) {
        return GroupPaths.group(slug);
    }

    public static RouterLink linkTo(String slug, String name) {
        return new RouterLink(name, GroupView.class, new RouteParameters(GroupView.SLUG, slug));
    }
}
