package eu.praxis.practice;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A practice as the library lists it; {@code hidden} and {@code deleted} only ever true for those who still see
 * such practices (author, leads of its groups, admins), to mark them. Equality by id, so grids keep selection
 * across refreshes.
 */
public record PracticeListItem(
        long id,
        PracticeType type,
        PracticeStatus status,
        String title,
        String slug,
        String summary,
        @Nullable String city,
        String country,
        String language,
        LocalDate periodStart,
        @Nullable Instant publishedAt,
        long authorOrganisationId,
        String organisationName,
        List<ThemeItem> themes,
        boolean hidden,
        boolean deleted) {

    @Override
    public boolean equals(Object o) {
        return o instanceof PracticeListItem other && other.id == id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }
}
