package eu.praxis.organisation.ui;

import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import org.springframework.modulith.NamedInterface;

/** Links to organisation pages, for other features' views. */
@NamedInterface("ui")
public final class OrganisationNavigation {

    private OrganisationNavigation() {}

    public static RouterLink linkTo(long organisationId, String name) {
        return new RouterLink(
                name, OrganisationView.class, new RouteParameters(OrganisationView.ID, Long.toString(organisationId)));
    }
}
