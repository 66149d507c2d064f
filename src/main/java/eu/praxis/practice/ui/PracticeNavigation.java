package eu.praxis.practice.ui;

import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.Map;
import org.springframework.modulith.NamedInterface;

/** Links to practice pages and to the library, for this feature's views and other features'. */
@NamedInterface("ui")
public final class PracticeNavigation {

    /** The query parameter of the library that filters by working group. */
    static final String GROUP_PARAMETER = "group";

    private PracticeNavigation() {
    }

    /** A link to the practice's permalink ({@code practices/{id}/{slug}}). */
    public static RouterLink linkTo(long practiceId, String slug, String title) {
        return new RouterLink(title, PracticeView.class, parameters(practiceId, slug));
    }

    /** A link to the library showing the practices shared in one group. */
    public static RouterLink libraryOfGroup(long groupId, String text) {
        var link = new RouterLink(text, PracticeLibraryView.class);
        link.setQueryParameters(QueryParameters.simple(Map.of(GROUP_PARAMETER, Long.toString(groupId))));
        return link;
    }

    static RouteParameters parameters(long practiceId, String slug) {
        return new RouteParameters(Map.of(PracticeView.ID, Long.toString(practiceId), PracticeView.SLUG, slug));
    }

    /** The page without its slug; the page forwards to its permalink. */
    static String pagePath(long practiceId) {
        return "practices/" + practiceId;
    }

    static String editPath(long practiceId) {
        return "practices/" + practiceId + "/edit";
    }

    static String newPath(String typeSegment) {
        return "practices/new/" + typeSegment;
    }
}
