package eu.praxis.security;

import java.util.Locale;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs code on behalf of someone in a thread that has no logged-in person (start-up tasks, demo
 * data), so that it goes through the same secured services as everyone else.
 */
public final class RunAs {

    private RunAs() {}

    /** As the secretariat: for installation and demo tasks. Person id 0 stands for "the system". */
    public static void secretariat(Runnable action) {
        as(new PraxisUser(0, 0, "system", "System", Role.ADMIN, Locale.ENGLISH, null, true, true), () -> {
            action.run();
            return null;
        });
    }

    /** As a given person with a given global role. */
    public static <T> T person(long personId, Role role, Supplier<T> action) {
        return as(
                new PraxisUser(
                        personId,
                        0,
                        "person-" + personId,
                        "Person " + personId,
                        role,
                        Locale.ENGLISH,
                        null,
                        true,
                        true),
                action);
    }

    /** As exactly this user, e.g. a person with their real organisation. */
    public static <T> T as(PraxisUser user, Supplier<T> action) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
