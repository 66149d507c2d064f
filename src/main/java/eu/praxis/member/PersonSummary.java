package eu.praxis.member;

import eu.praxis.security.Role;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A person as lists show them. Equality by id, so grids keep selection across refreshes. */
public record PersonSummary(long id, String name, @Nullable String position, String email, long organisationId,
        String organisationName, Role role, PersonStatus status, @Nullable Instant activatedAt) {

    @Override
    public boolean equals(Object o) {
        return o instanceof PersonSummary other && other.id == id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }
}
