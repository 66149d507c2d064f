package eu.praxis.group.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import org.springframework.modulith.NamedInterface;

/**
 * A section another feature contributes to a working group's page (its newest threads, its newest
 * practices), so that the group feature does not depend on content features. Implementations are
 * Spring beans without state; the page shows them in {@link #order()}, after the description.
 */
@NamedInterface("ui")
public interface GroupPageSection {

    /** The section for this group, or empty if there is nothing to show the viewer. */
    Optional<Component> create(long groupId);

    int order();
}
