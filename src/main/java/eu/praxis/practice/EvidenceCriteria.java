package eu.praxis.practice;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * What the author writes about a practice's evidence, one optional text per {@link EvidenceCriterion} (DD032);
 * blank texts count as not written.
 */
public record EvidenceCriteria(
        @Nullable String problemAnalysis,
        @Nullable String objectivesAndLogic,
        @Nullable String evaluationDesign,
        @Nullable String measuredOutcomes,
        @Nullable String transferabilityAndCosts) {

    public static final EvidenceCriteria NONE = new EvidenceCriteria(null, null, null, null, null);

    public @Nullable String text(EvidenceCriterion criterion) {
        return switch (criterion) {
            case PROBLEM_ANALYSIS -> problemAnalysis;
            case OBJECTIVES_AND_LOGIC -> objectivesAndLogic;
            case EVALUATION_DESIGN -> evaluationDesign;
            case MEASURED_OUTCOMES -> measuredOutcomes;
            case TRANSFERABILITY_AND_COSTS -> transferabilityAndCosts;
        };
    }

    /** The criteria written, in the order of {@link EvidenceCriterion}: the readable summary of the practice's page. */
    public Map<EvidenceCriterion, String> filled() {
        var filled = new LinkedHashMap<EvidenceCriterion, String>();
        for (var criterion : EvidenceCriterion.values()) {
            var text = text(criterion);
            if (text != null && !text.isBlank()) {
                filled.put(criterion, text.strip());
            }
        }
        return filled;
    }

    /** The texts written, for the search index. */
    Stream<String> texts() {
        return filled().values().stream();
    }
}
