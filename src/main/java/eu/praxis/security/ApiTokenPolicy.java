package eu.praxis.security;

import org.springframework.stereotype.Component;

/** Who may do what with API tokens: everyone with an account has their own; the secretariat may revoke any. */
@Component
public class ApiTokenPolicy {

    /** Members, researchers and the secretariat alike; not the system user of start-up tasks. */
    public boolean mayCreate(PraxisUser user) {
        return user.personId() > 0;
    }

    /** The owner, or the secretariat (e.g. after a leak is reported); nobody else even learns it exists. */
    public boolean mayRevoke(PraxisUser user, long ownerId) {
        return user.personId() == ownerId || user.isAdmin();
    }
}
