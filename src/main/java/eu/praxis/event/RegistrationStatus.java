package eu.praxis.event;

/** A place is {@code CONFIRMED}; {@code WAITING} people move up, in order of arrival, when a place frees. */
public enum RegistrationStatus {
    CONFIRMED,
    WAITING
}
