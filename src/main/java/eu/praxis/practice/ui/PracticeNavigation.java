package eu.praxis.practice.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import eu.praxis.practice.PracticePaths;
import eu.praxis.practice.PracticeType;
import java.util.Map;
import org.springframework.modulith.NamedInterface;

/**
 * Links to practice pages and to the library, for this feature's views and other features'. The
 * library is the search feature's view (search depends on practice), so it is reached by its route.
 */
@NamedInterface("ui")
public final class PracticeNavigation {

    /** The route of the practice library. */
    public static final String LIBRARY_PATH = PracticePaths.LIBRARY;
    /** The library's query parameter that narrows it to a working group (see {@code SearchParameters}). */
    static final String GROUP_PARAMETER = "group";

    private PracticeNavigation() {}

    /** A link to the practice's permalink ({@code practices/{id}/{slug}}). */
    public static RouterLink linkTo(long practiceId, String slug, String title) {
        return new RouterLink(title, PracticeView.class, parameters(practiceId, slug));
    }

    /** A link to the library showing the practices shared in one group. */
    public static Anchor libraryOfGroup(long groupId, String text) {
        return new Anchor(
                LIBRARY_PATH + "?"
                        + QueryParameters.of(GROUP_PARAMETER, Long.toString(groupId))
                                .getQueryString(),
                text);
    }

    static RouteParameters parameters(long practiceId, String slug) {
        return new RouteParameters(Map.of(PracticeView.ID, Long.toString(practiceId), PracticeView.SLUG, slug));
    }

    /** The page without its slug; the page forwards to its permalink. */
    static String pagePath(long practiceId) {
        return PracticePaths.practice(practiceId);
    }

    static String editPath(long practiceId) {
        return PracticePaths.editor(practiceId);
    }

    /** The editor of a new practice of this type. */
    public static String newPath(PracticeType type) {
        return PracticePaths.newPractice(PracticeEditorView.segment(type));
    }
}
