package eu.praxis.call.web;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A call as {@code /api/v1/calls} returns it. {@code myAnswer}: the status of the answer of the token owner's
 * organisation, if it answered; other organisations' answers are never given. {@code timeZone}: the organiser's
 * zone, in which the deadline is announced.
 */
public record ApiCall(
        long id,
        String kind,
        String title,
        String url,
        Instant deadline,
        String timeZone,
        boolean open,
        @Nullable String projectAcronym,
        @Nullable String myAnswer,
        @Nullable String bodyHtml,
        @Nullable String eligibility,
        @Nullable List<Theme> themes) {

    /** A theme; its id is what the search's {@code theme} parameter takes. */
    public record Theme(long id, String code, String name) {}
}
