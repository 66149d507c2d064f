package eu.praxis.member;

import eu.praxis.organisation.OrganisationKind;
import eu.praxis.organisation.OrganisationService;
import eu.praxis.security.Role;
import eu.praxis.security.RunAs;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
    private final MemberProperties.FirstAdmin first;

    FirstAdmin(
            PersonRepository people,
            OrganisationService organisations,
            InvitationService invitations,
            MemberProperties properties) {
        this.people = people;
        this.organisations = organisations;
        this.invitations = invitations;
        this.first = properties.firstAdmin();
    }

    @EventListener(ApplicationReadyEvent.class)
    void inviteIfNobodyExists() {
        if (people.count() > 0) {
            return;
        }
        RunAs.secretariat(() -> {
            var organisationId = organisations.register(
                    first.organisation(),
                    OrganisationKind.SECRETARIAT,
                    first.country(),
                    null,
                    LocalDate.now(ZoneOffset.UTC));
            invitations.invite(new NewPerson(
                    organisationId,
                    java.util.Objects.requireNonNull(first.email()),
                    first.name(),
                    null,
                    Role.ADMIN,
                    Locale.ENGLISH));
            log.info("First start: invited {} as the first secretariat account", first.email());
        });
    }
}
