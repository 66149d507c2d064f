package eu.praxis.organisation;

public enum OrganisationStatus {
    ACTIVE,
    SUSPENDED
}
