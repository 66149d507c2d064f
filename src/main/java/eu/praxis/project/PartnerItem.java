package eu.praxis.project;

import org.jspecify.annotations.Nullable;

/**
 * A partner as the project page shows it.
 *
 * @param point where its city is on the map; null when the city is not in the bundled gazetteer
 */
public record PartnerItem(
        long organisationId,
        String name,
        String country,
        @Nullable String city,
        PartnerRole role,
        @Nullable MapPoint point) {}
