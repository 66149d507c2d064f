package eu.praxis.group;

public enum MembershipRole {
    LEAD,
    MEMBER
}
