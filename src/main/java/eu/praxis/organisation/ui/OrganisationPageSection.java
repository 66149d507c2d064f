package eu.praxis.organisation.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import org.springframework.modulith.NamedInterface;

/**
 * A section another feature contributes to an organisation's page (its people, its groups, its
 * practices). Implementations are Spring beans; the page shows them in {@link #order()}.
 */
@NamedInterface("ui")
public interface OrganisationPageSection {

    /** The section for this organisation, or empty if there is nothing to show the viewer. */
    Optional<Component> create(long organisationId);

    int order();
}
