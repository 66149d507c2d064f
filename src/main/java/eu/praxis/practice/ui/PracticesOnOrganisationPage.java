package eu.praxis.practice.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.i18n.I18NProvider;
import eu.praxis.organisation.ui.OrganisationPageSection;
import eu.praxis.practice.PracticeLibrary;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;

/**
 * An organisation's practices on its page, newest first: the published ones the viewer may see, and
 * drafts for its own people and the secretariat. A singleton bean that builds new components on every call.
 */
@org.springframework.stereotype.Component
class PracticesOnOrganisationPage implements OrganisationPageSection {

    private static final int SHOWN = 20;

    private final PracticeLibrary practices;

    PracticesOnOrganisationPage(PracticeLibrary practices) {
        this.practices = practices;
    }

    @Override
    public Optional<Component> create(long organisationId) {
        var page = practices
                .practicesOfOrganisation(organisationId, PageRequest.of(0, SHOWN))
                .getContent();
        if (page.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new PracticeLinkList(I18NProvider.translate("practice.organisation.title"), page));
    }

    @Override
    public int order() {
        return 30;
    }
}
