package eu.praxis.event;

/** A person registered and got a place straight away (not on the waiting list). */
public record RegistrationConfirmed(long eventId, long personId) {}
