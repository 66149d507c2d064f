package eu.praxis.group;

public enum MembershipStatus {
    PENDING,
    ACTIVE
}
