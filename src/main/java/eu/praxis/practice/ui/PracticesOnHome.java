package eu.praxis.practice.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.i18n.I18NProvider;
import eu.praxis.group.ui.HomePageSection;
import eu.praxis.practice.PracticeLibrary;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;

/** The newest practices the person may read (their groups' and the whole network's), on the home page. */
@org.springframework.stereotype.Component
class PracticesOnHome implements HomePageSection {

    private static final int SHOWN = 5;

    private final PracticeLibrary practices;

    PracticesOnHome(PracticeLibrary practices) {
        this.practices = practices;
    }

    @Override
    public Optional<Component> create() {
        var newest = practices.newest(PageRequest.of(0, SHOWN)).getContent();
        if (newest.isEmpty()) {
            return Optional.empty();
        }
        var library = new Anchor(PracticeNavigation.LIBRARY_PATH, I18NProvider.translate("practice.home.all"));
        var section = new PracticeLinkList(I18NProvider.translate("practice.home.title"), newest, library);
        section.setId("home-practices");
        section.addClassName("home-section");
        return Optional.of(section);
    }

    @Override
    public int order() {
        return 30;
    }
}
