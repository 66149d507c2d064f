package eu.praxis.event;

/** A place freed up and the first person on the waiting list got it. */
public record RegistrationPromoted(long eventId, long personId) {}
