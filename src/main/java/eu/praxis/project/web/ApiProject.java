package eu.praxis.project.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A project as {@code /api/v1/projects} returns it: its facts, partners with their roles, themes, and the absolute
 * addresses of its page, its timeline's events and its outputs (pages for logged-in people, not API addresses).
 */
public record ApiProject(
        long id,
        String acronym,
        String title,
        String url,
        String programme,
        LocalDate startsOn,
        LocalDate endsOn,
        String status,
        String summary,
        @Nullable String descriptionHtml,
        @Nullable String website,
        List<Partner> partners,
        List<Theme> themes,
        @Nullable List<Event> timeline,
        @Nullable List<Output> outputs) {

    public record Partner(
            long organisationId,
            String name,
            String country,
            @Nullable String city,
            String role) {}

    /** A theme; its id is what the search's {@code theme} parameter takes. */
    public record Theme(long id, String code, String name) {}

    public record Event(long id, String kind, String title, Instant startsAt, String url) {}

    public record Output(long practiceId, String title, String url) {}
}
