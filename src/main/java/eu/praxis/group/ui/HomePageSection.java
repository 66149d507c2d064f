package eu.praxis.group.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import org.springframework.modulith.NamedInterface;

/**
 * A section another feature contributes to the home page, "for you": the coming events, the calls closing soon, the
 * newest practices. Implementations are Spring beans without state that decide for the logged-in person through
 * their own services; the page shows them in {@link #order()}, before the groups.
 */
@NamedInterface("ui")
public interface HomePageSection {

    /** The section for the logged-in person, or empty if there is nothing to show them. */
    Optional<Component> create();

    int order();
}
