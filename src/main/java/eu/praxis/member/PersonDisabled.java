package eu.praxis.member;

/** An account was disabled by the secretariat. */
public record PersonDisabled(long personId) {}
