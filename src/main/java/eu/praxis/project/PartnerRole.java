package eu.praxis.project;

/** What an organisation is in a project: one lead, partners, associated partners, pilot cities, hosts of meetings. */
public enum PartnerRole {
    LEAD,
    PARTNER,
    ASSOCIATED,
    PILOT_CITY,
    HOST
}
