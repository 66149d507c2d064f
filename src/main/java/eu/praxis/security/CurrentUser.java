package eu.praxis.security;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/** The person on whose behalf the current thread works. */
public final class CurrentUser {

    private CurrentUser() {}

    public static Optional<PraxisUser> get() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof PraxisUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    /** The current person; services call this after method security has let only logged-in callers in. */
    public static PraxisUser require() {
        return get().orElseThrow(() -> new AccessDeniedException("Not logged in"));
    }
}
