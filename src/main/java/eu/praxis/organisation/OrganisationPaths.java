package eu.praxis.organisation;

/** The addresses of member organisations within the application, relative (no leading slash). */
public final class OrganisationPaths {

    private OrganisationPaths() {}

    /** The organisation's page: {@code organisations/{id}}. */
    public static String organisation(long organisationId) {
        return "organisations/" + organisationId;
    }
}
