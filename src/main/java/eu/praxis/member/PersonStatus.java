package eu.praxis.member;

public enum PersonStatus {
    /** Invited, has not set a password yet. */
    INVITED,
    ACTIVE,
    DISABLED
}
