package eu.praxis.group.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import eu.praxis.member.PersonSummary;
import eu.praxis.member.ui.MemberNavigation;
import eu.praxis.organisation.ui.OrganisationNavigation;

/** One person in a list: a link to their page, position and organisation, then what follows (buttons, dates). */
final class PersonLine extends Div {

    PersonLine(PersonSummary person, Component... trailing) {
        addClassName("group-line");
        var details = new Span();
        details.addClassName("muted");
        var position = person.position();
        if (position != null && !position.isBlank()) {
            details.add(position + " · ");
        }
        details.add(OrganisationNavigation.linkTo(person.organisationId(), person.organisationName()));
        var who = new Div(MemberNavigation.linkTo(person.id(), person.name()), details);
        who.addClassName("group-line-person");
        add(who);
        if (trailing.length > 0) {
            var end = new Div(trailing);
            end.addClassName("group-line-end");
            add(end);
        }
    }
}
