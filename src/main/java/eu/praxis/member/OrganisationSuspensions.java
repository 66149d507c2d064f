package eu.praxis.member;

import eu.praxis.organisation.OrganisationSuspended;
import eu.praxis.security.Sessions;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** When an organisation is suspended, its people's open sessions end (new logins are refused anyway). */
@Component
class OrganisationSuspensions {

    private final PersonRepository people;
    private final Sessions sessions;

    OrganisationSuspensions(PersonRepository people, Sessions sessions) {
        this.people = people;
        this.sessions = sessions;
    }

    @ApplicationModuleListener
    void on(OrganisationSuspended event) {
        people.findByOrganisationId(event.organisationId()).forEach(p -> sessions.endAllOf(p.getId()));
    }
}
