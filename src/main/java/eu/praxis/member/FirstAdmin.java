package eu.praxis.member;

import eu.praxis.organisation.OrganisationKind;
import eu.praxis.organisation.OrganisationService;
import eu.praxis.security.RunAs;
import eu.praxis.security.Role;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A new production installation has nobody who could log in. When {@code praxis.first-admin.email}
 * is set and the database has no account yet, this invites that person as the first secretariat
 * account of a secretariat organisation; the link is mailed (and logged when no mail server is set).
 */
@Component
@ConditionalOnExpression("!'${praxis.first-admin.email:}'.isBlank()")
class FirstAdmin {

    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

    private final PersonRepository people;
    private final OrganisationService organisations;
    private final InvitationService invitations;
    private final String email;
    private final String name;
    private final String organisation;
    private final String country;

    FirstAdmin(PersonRepository people, OrganisationService organisations, InvitationService invitations,
            @Value("${praxis.first-admin.email}") String email,
            @Value("${praxis.first-admin.name:Secretariat}") String name,
            @Value("${praxis.first-admin.organisation:Network Secretariat}") String organisation,
            @Value("${praxis.first-admin.country:FR}") String country) {
        this.people = people;
        this.organisations = organisations;
        this.invitations = invitations;
        this.email = email;
        this.name = name;
        this.organisation = organisation;
        this.country = country;
    }

    @EventListener(ApplicationReadyEvent.class)
    void inviteIfNobodyExists() {
        if (people.count() > 0) {
            return;
        }
        RunAs.secretariat(() -> {
            var organisationId = organisations.register(organisation, OrganisationKind.SECRETARIAT, country, null,
                    LocalDate.now(ZoneOffset.UTC));
            invitations.invite(new NewPerson(organisationId, email, name, null, Role.ADMIN, Locale.ENGLISH));
            log.info("First start: invited {} as the first secretariat account", email);
        });
    }
}
