package eu.praxis.member.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import eu.praxis.member.MemberService;
import eu.praxis.member.PersonFilter;
import eu.praxis.member.PersonSummary;
import eu.praxis.organisation.ui.OrganisationPageSection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * The organisation page's list of its active people. A singleton bean: it keeps no state and
 * builds new components for every page.
 */
@Component
class OrganisationPeopleSection implements OrganisationPageSection {

    /** Member organisations have a handful of accounts; a city with more is still readable. */
    private static final int MAX_SHOWN = 200;

    private final MemberService members;

    OrganisationPeopleSection(MemberService members) {
        this.members = members;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> create(long organisationId) {
        var people = members.find(PersonFilter.ofOrganisation(organisationId), PageRequest.of(0, MAX_SHOWN))
                .getContent();
        return people.isEmpty() ? Optional.empty() : Optional.of(new PeopleList(people));
    }

    @Override
    public int order() {
        return 10;
    }

    /** The section itself, translated in the viewer's language. */
    static final class PeopleList extends Section {

        PeopleList(List<PersonSummary> people) {
            addClassName("people-section");
            var list = new UnorderedList();
            list.addClassName("people-list");
            for (var person : people) {
                var item = new ListItem(MemberNavigation.linkTo(person.id(), person.name()));
                if (person.position() != null) {
                    var position = new Span(person.position());
                    position.addClassName("muted");
                    item.add(position);
                }
                list.add(item);
            }
            add(new H2(getTranslation("member.organisation-people.title")), list);
        }
    }
}
