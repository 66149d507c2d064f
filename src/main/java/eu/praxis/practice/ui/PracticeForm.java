package eu.praxis.practice.ui;

import eu.praxis.practice.EvidenceCriteria;
import eu.praxis.practice.EvidenceCriterion;
import eu.praxis.practice.PracticeDetails;
import eu.praxis.practice.PracticeDraft;
import eu.praxis.practice.PracticeType;
import eu.praxis.practice.ThemeItem;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * What the editor's fields hold, mutable so that the binder can write into it field by field;
 * {@link #toDraft} turns it into what the service takes. Empty texts become {@code null}, an empty
 * country means the author's organisation's.
 */
final class PracticeForm {

    String title = "";
    String summary = "";
    String city = "";

    @Nullable
    String country;

    String language = "en";

    @Nullable
    LocalDate periodStart;

    @Nullable
    LocalDate periodEnd;

    Set<Long> themeIds = new HashSet<>();
    Set<Long> groupIds = new HashSet<>();
    boolean wholeNetwork;
    String objectives = "";
    String actions = "";
    String partners = "";
    String results = "";
    String evaluation = "";
    String contact = "";
    String body = "";
    /** The texts along the quality criteria (DD032), for both types. */
    Map<EvidenceCriterion, String> evidence = new EnumMap<>(EvidenceCriterion.class);

    static PracticeForm of(PracticeDetails practice) {
        var form = new PracticeForm();
        form.title = practice.title();
        form.summary = practice.summary();
        form.city = orEmpty(practice.city());
        form.country = practice.country();
        form.language = practice.language();
        form.periodStart = practice.periodStart();
        form.periodEnd = practice.periodEnd();
        form.themeIds = practice.themes().stream().map(ThemeItem::id).collect(Collectors.toSet());
        form.groupIds = new HashSet<>(practice.groups().keySet());
        form.wholeNetwork = practice.wholeNetwork();
        form.objectives = orEmpty(practice.objectives());
        form.actions = orEmpty(practice.actions());
        form.partners = orEmpty(practice.partners());
        form.results = orEmpty(practice.results());
        form.evaluation = orEmpty(practice.evaluation());
        form.contact = orEmpty(practice.contact());
        form.body = orEmpty(practice.body());
        for (var criterion : EvidenceCriterion.values()) {
            form.evidence.put(criterion, orEmpty(practice.evidence().text(criterion)));
        }
        return form;
    }

    /** Only called after the binder validated the form, so the start is set. */
    PracticeDraft toDraft(PracticeType type) {
        var sheet = type == PracticeType.SHEET;
        return new PracticeDraft(
                type,
                title,
                summary,
                blankToNull(city),
                blankToNull(country),
                language,
                Objects.requireNonNull(periodStart),
                periodEnd,
                themeIds,
                groupIds,
                wholeNetwork,
                sheet ? blankToNull(objectives) : null,
                sheet ? blankToNull(actions) : null,
                sheet ? blankToNull(partners) : null,
                sheet ? blankToNull(results) : null,
                sheet ? blankToNull(evaluation) : null,
                sheet ? blankToNull(contact) : null,
                sheet ? null : blankToNull(body),
                new EvidenceCriteria(
                        evidence(EvidenceCriterion.PROBLEM_ANALYSIS),
                        evidence(EvidenceCriterion.OBJECTIVES_AND_LOGIC),
                        evidence(EvidenceCriterion.EVALUATION_DESIGN),
                        evidence(EvidenceCriterion.MEASURED_OUTCOMES),
                        evidence(EvidenceCriterion.TRANSFERABILITY_AND_COSTS)));
    }

    private @Nullable String evidence(EvidenceCriterion criterion) {
        return blankToNull(evidence.get(criterion));
    }

    private static String orEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
