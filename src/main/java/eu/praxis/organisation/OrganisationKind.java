package eu.praxis.organisation;

public enum OrganisationKind {
    CITY,
    REGION,
    NATIONAL_BODY,
    PARTNER,
    RESEARCH,
    SECRETARIAT
}
