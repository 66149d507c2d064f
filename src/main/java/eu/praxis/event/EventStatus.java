package eu.praxis.event;

public enum EventStatus {
    SCHEDULED,
    CANCELLED
}
