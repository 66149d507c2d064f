package eu.praxis.practice.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import eu.praxis.base.NotFoundException;
import eu.praxis.base.ui.RouteIds;
import eu.praxis.base.ui.ViewToolbar;
import eu.praxis.practice.PracticeDetails;
import eu.praxis.practice.PracticeLibrary;
import jakarta.annotation.security.PermitAll;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A version's stable address {@code practices/{id}/v/{n}}, which citations name (DD032). The current version forwards
 * to the practice's page. An older one is shown read-only, with its citation, to those who may read the history
 * ({@link PracticeLibrary#version}); everyone else reads the current version here, told that the cited one is older,
 * never its text. A version the practice never had is "not found", like a practice the viewer may not see.
 */
@Route("practices/:" + PracticeVersionView.ID + "/v/:" + PracticeVersionView.VERSION)
@PermitAll
class PracticeVersionView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ID = "id";
    static final String VERSION = "version";

    private final transient PracticeLibrary practices;
    private @Nullable PracticeDetails shown;

    PracticeVersionView(PracticeLibrary practices) {
        this.practices = practices;
        addClassNames("view", "practice-view", "practice-version-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = RouteIds.require(event.getRouteParameters(), ID);
        var number = RouteIds.parse(event.getRouteParameters().get(VERSION).orElse(""))
                .filter(n -> n <= Integer.MAX_VALUE)
                .orElseThrow(NotFoundException::new)
                .intValue();
        var current = practices.get(id);
        if (number == current.versionNumber()) {
            event.forwardTo(PracticeView.class, PracticeNavigation.parameters(id, current.slug()));
            return;
        }
        var details = practices.version(id, number);
        shown = details;
        removeAll();
        var older = details.versionNumber() == number;
        var note = new Paragraph(
                older
                        ? getTranslation("practice.version.older", number, current.versionNumber())
                        : getTranslation("practice.version.current", number, current.versionNumber()));
        note.addClassName("moderation-note");
        note.setId("version-note");
        var toCurrent = new RouterLink(
                getTranslation("practice.version.open-current"),
                PracticeView.class,
                PracticeNavigation.parameters(id, current.slug()));
        toCurrent.setId("open-current");
        add(new ViewToolbar(details.title()), note, toCurrent, new PracticeContent(details, Map.of()));
    }

    @Override
    public String getPageTitle() {
        return shown != null ? shown.title() : getTranslation("practice.library.title");
    }
}
