package eu.praxis.practice.ui;

import com.vaadin.flow.component.Component;
import eu.praxis.practice.PracticeDetails;
import eu.praxis.security.Viewer;
import java.util.Optional;
import org.springframework.modulith.NamedInterface;

/**
 * A section another feature contributes to a practice's page (its discussion), so that the
 * practice feature does not depend on it. Implementations are Spring beans without state; the page
 * shows them in {@link #order()}, after the practice's own content. The page loads the practice once and hands
 * it to every section, with the viewer it was loaded for.
 */
@NamedInterface("ui")
public interface PracticePageSection {

    /** The section for this practice, or empty if there is nothing to show the viewer. */
    Optional<Component> create(PracticeDetails practice, Viewer viewer);

    int order();
}
