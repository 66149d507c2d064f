package eu.praxis.security;

import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;

/** Ends the open sessions of a person, e.g. when their account is disabled; their next request goes to login. */
@Component
public class Sessions {

    private final SessionRegistry registry;

    Sessions(SessionRegistry registry) {
        this.registry = registry;
    }

    public void endAllOf(long personId) {
        registry.getAllPrincipals().stream()
                .filter(p -> p instanceof PraxisUser user && user.personId() == personId)
                .flatMap(p -> registry.getAllSessions(p, false).stream())
                .forEach(session -> session.expireNow());
    }
}
