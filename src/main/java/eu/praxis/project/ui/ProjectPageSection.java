package eu.praxis.project.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import org.springframework.modulith.NamedInterface;

/**
 * A section another feature contributes to a project's page (its calls for partners). Implementations are Spring
 * beans; the page shows them after its own sections, in {@link #order()}.
 */
@NamedInterface("ui")
public interface ProjectPageSection {

    /** The section for this project, or empty if there is nothing to show the viewer. */
    Optional<Component> create(long projectId);

    int order();
}
