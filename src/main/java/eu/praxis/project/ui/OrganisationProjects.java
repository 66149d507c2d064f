package eu.praxis.project.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouterLink;
import eu.praxis.organisation.ui.OrganisationPageSection;
import eu.praxis.project.ProjectDirectory;
import java.util.Optional;

/** The projects an organisation takes part in, on its page; nothing when it takes part in none. */
@org.springframework.stereotype.Component
class OrganisationProjects implements OrganisationPageSection {

    private final ProjectDirectory projects;

    OrganisationProjects(ProjectDirectory projects) {
        this.projects = projects;
    }

    @Override
    public Optional<Component> create(long organisationId) {
        var list = projects.projectsOfOrganisation(organisationId);
        if (list.isEmpty()) {
            return Optional.empty();
        }
        var section = new Section();
        section.setId("organisation-projects");
        section.add(new H2(section.getTranslation("project.of-organisation")));
        var items = new UnorderedList();
        for (var project : list) {
            items.add(new ListItem(
                    new RouterLink(project.acronym(), ProjectView.class, ProjectView.parameters(project.id())),
                    new Span(" — " + project.title() + " · "),
                    ProjectTexts.status(section, project.status())));
        }
        section.add(items);
        return Optional.of(section);
    }

    @Override
    public int order() {
        return 40;
    }
}
