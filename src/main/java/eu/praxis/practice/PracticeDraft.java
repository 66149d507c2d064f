package eu.praxis.practice;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * What an author writes, for creating and updating a practice. {@code country} {@code null} means
 * the author's organisation's country. Sheet fields are ignored for a case study and {@code body}
 * for a sheet. {@code evidence} applies to both types (DD032).
 */
public record PracticeDraft(
        PracticeType type,
        String title,
        String summary,
        @Nullable String city,
        @Nullable String country,
        String language,
        LocalDate periodStart,
        @Nullable LocalDate periodEnd,
        Set<Long> themeIds,
        Set<Long> groupIds,
        boolean wholeNetwork,
        @Nullable String objectives,
        @Nullable String actions,
        @Nullable String partners,
        @Nullable String results,
        @Nullable String evaluation,
        @Nullable String contact,
        @Nullable String body,
        EvidenceCriteria evidence) {

    public PracticeDraft {
        themeIds = Set.copyOf(themeIds);
        groupIds = Set.copyOf(groupIds);
    }

    /** A draft that says nothing about its evidence (an import, a first draft). */
    public PracticeDraft(
            PracticeType type,
            String title,
            String summary,
            @Nullable String city,
            @Nullable String country,
            String language,
            LocalDate periodStart,
            @Nullable LocalDate periodEnd,
            Set<Long> themeIds,
            Set<Long> groupIds,
            boolean wholeNetwork,
            @Nullable String objectives,
            @Nullable String actions,
            @Nullable String partners,
            @Nullable String results,
            @Nullable String evaluation,
            @Nullable String contact,
            @Nullable String body) {
        this(
                type,
                title,
                summary,
                city,
                country,
                language,
                periodStart,
                periodEnd,
                themeIds,
                groupIds,
                wholeNetwork,
                objectives,
                actions,
                partners,
                results,
                evaluation,
                contact,
                body,
                EvidenceCriteria.NONE);
    }

    /** The practice's current texts as a draft, for an edit that changes only part of them. */
    public static PracticeDraft of(PracticeDetails practice) {
        return new PracticeDraft(
                practice.type(),
                practice.title(),
                practice.summary(),
                practice.city(),
                practice.country(),
                practice.language(),
                practice.periodStart(),
                practice.periodEnd(),
                practice.themes().stream().map(ThemeItem::id).collect(Collectors.toSet()),
                practice.groups().keySet(),
                practice.wholeNetwork(),
                practice.objectives(),
                practice.actions(),
                practice.partners(),
                practice.results(),
                practice.evaluation(),
                practice.contact(),
                practice.body(),
                practice.evidence());
    }

    public PracticeDraft withCity(String newCity) {
        return new PracticeDraft(
                type,
                title,
                summary,
                newCity,
                country,
                language,
                periodStart,
                periodEnd,
                themeIds,
                groupIds,
                wholeNetwork,
                objectives,
                actions,
                partners,
                results,
                evaluation,
                contact,
                body,
                evidence);
    }

    public PracticeDraft withEvidence(EvidenceCriteria newEvidence) {
        return new PracticeDraft(
                type,
                title,
                summary,
                city,
                country,
                language,
                periodStart,
                periodEnd,
                themeIds,
                groupIds,
                wholeNetwork,
                objectives,
                actions,
                partners,
                results,
                evaluation,
                contact,
                body,
                newEvidence);
    }
}
