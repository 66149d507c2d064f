package eu.praxis.member;

import eu.praxis.security.PraxisUser;
import org.springframework.stereotype.Component;

/** Who may see which accounts. Managing accounts is for the secretariat (method security on the services). */
@Component
public class MemberPolicy {

    /** Invited and disabled accounts are the secretariat's business; everyone sees active people. */
    public boolean maySeeAccountsOfAnyStatus(PraxisUser viewer) {
        return viewer.isAdmin();
    }

    public boolean maySee(PraxisUser viewer, Person person) {
        return person.getStatus() == PersonStatus.ACTIVE
                || maySeeAccountsOfAnyStatus(viewer)
                || viewer.personId() == person.getId();
    }
}
