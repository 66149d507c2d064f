package eu.praxis;

import eu.praxis.security.Role;
import eu.praxis.security.RunAs;
import java.util.function.Supplier;

/** Runs a piece of a test as a given person, for tests that switch between people mid-way. */
public final class TestLogins {

    private TestLogins() {}

    public static <T> T as(long personId, Role role, Supplier<T> action) {
        return RunAs.person(personId, role, action);
    }

    public static void as(long personId, Role role, Runnable action) {
        RunAs.person(personId, role, () -> {
            action.run();
            return null;
        });
    }
}
