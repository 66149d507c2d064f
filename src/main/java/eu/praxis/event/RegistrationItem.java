package eu.praxis.event;

import java.time.Instant;

/** A registration as organisers see it. Equality by person, who registers at most once. */
public record RegistrationItem(
        long personId,
        String name,
        String email,
        String organisationName,
        RegistrationStatus status,
        Instant registeredAt) {

    @Override
    public boolean equals(Object o) {
        return o instanceof RegistrationItem other && other.personId == personId;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(personId);
    }
}
