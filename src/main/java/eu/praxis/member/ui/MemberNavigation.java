package eu.praxis.member.ui;

import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import org.springframework.modulith.NamedInterface;

/** Links to person pages, for other features' views. */
@NamedInterface("ui")
public final class MemberNavigation {

    private MemberNavigation() {}

    public static RouterLink linkTo(long personId, String name) {
        return new RouterLink(name, PersonView.class, new RouteParameters(PersonView.ID, Long.toString(personId)));
    }
}
