package eu.praxis.member;

import eu.praxis.organisation.OrganisationKind;
import org.jspecify.annotations.Nullable;

/** What a visitor fills in to apply for membership. */
public record ApplicationForm(
        String organisationName,
        OrganisationKind kind,
        String country,
        @Nullable String city,
        @Nullable String website,
        String motivation,
        String contactName,
        String contactEmail,
        @Nullable String contactPosition,
        String contactLanguage) {

    public static final int MOTIVATION_MAX = 4000;
    public static final int WEBSITE_MAX = 300;
}
