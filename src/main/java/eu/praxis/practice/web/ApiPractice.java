package eu.praxis.practice.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A practice as {@code GET /api/v1/practices/{id}} returns it: its fields, names for themes and the sharing
 * groups the caller may see, and absolute addresses of its page and attachments (those are downloads for
 * logged-in people, not API addresses). {@code version} is the number readers see and citations name,
 * {@code versionUrl} that version's stable address; {@code evidence} holds the criteria the author wrote (absent
 * ones null), {@code evidenceLevel} a reviewer's verdict as the search's {@code evidenceLevel} parameter takes it,
 * {@code citation} the suggested citation of this version (DD032).
 */
public record ApiPractice(
        long id,
        int version,
        String versionUrl,
        String type,
        String status,
        String title,
        String url,
        String summary,
        @Nullable String city,
        String country,
        String language,
        LocalDate periodStart,
        @Nullable LocalDate periodEnd,
        List<Theme> themes,
        List<Group> groups,
        boolean wholeNetwork,
        @Nullable String objectives,
        @Nullable String actions,
        @Nullable String partners,
        @Nullable String results,
        @Nullable String evaluation,
        @Nullable String contact,
        @Nullable String body,
        String authorName,
        String organisationName,
        Instant createdAt,
        Instant updatedAt,
        @Nullable Instant publishedAt,
        List<Attachment> attachments,
        Evidence evidence,
        @Nullable String evidenceLevel,
        Citation citation) {

    /** A theme; its id is what the search's {@code theme} parameter takes. */
    public record Theme(long id, String code, String name) {}

    /** A sharing group the caller may see; its id is what the search's {@code group} parameter takes. */
    public record Group(long id, String name) {}

    public record Attachment(String fileName, String mediaType, long size, String url) {}

    /** The texts along EUCPN's quality criteria; null where the author wrote nothing. */
    public record Evidence(
            @Nullable String problemAnalysis,
            @Nullable String objectivesAndLogic,
            @Nullable String evaluationDesign,
            @Nullable String measuredOutcomes,
            @Nullable String transferabilityAndCosts) {}

    /** An APA-like line and a BibTeX entry, both naming the version. */
    public record Citation(String apa, String bibtex) {}
}
