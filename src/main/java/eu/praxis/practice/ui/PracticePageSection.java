package eu.praxis.practice.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import org.springframework.modulith.NamedInterface;

/**
 * A section another feature contributes to a practice's page (its discussion), so that the
 * practice feature does not depend on it. Implementations are Spring beans without state; the page
 * shows them in {@link #order()}, after the practice's own content.
 */
@NamedInterface("ui")
public interface PracticePageSection {

    /** The section for this practice, or empty if there is nothing to show the viewer. */
    Optional<Component> create(long practiceId);

    int order();
}
