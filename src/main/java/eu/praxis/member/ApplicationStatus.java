package eu.praxis.member;

public enum ApplicationStatus {
    PENDING,
    APPROVED,
    REJECTED
}
