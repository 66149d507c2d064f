package eu.praxis.practice;

import java.util.List;
import java.util.stream.Stream;

/**
 * The texts of a practice that a moderator may redact (DD029), with their column in {@code practice} and
 * {@code practice_aud}. The title is not among them: it is copied into notifications, mails and links, which a
 * redaction of the practice cannot reach; a sensitive title is edited instead.
 */
public enum RedactableField {
    SUMMARY("summary", Practice.SUMMARY_MAX),
    OBJECTIVES("objectives", Practice.TEXT_MAX),
    ACTIONS("actions", Practice.TEXT_MAX),
    PARTNERS("partners", Practice.TEXT_MAX),
    RESULTS("results", Practice.TEXT_MAX),
    EVALUATION("evaluation", Practice.TEXT_MAX),
    CONTACT("contact", Practice.CONTACT_MAX),
    BODY("body", Practice.TEXT_MAX),
    EVIDENCE_PROBLEM("evidence_problem", Practice.TEXT_MAX, EvidenceCriterion.PROBLEM_ANALYSIS),
    EVIDENCE_LOGIC("evidence_logic", Practice.TEXT_MAX, EvidenceCriterion.OBJECTIVES_AND_LOGIC),
    EVIDENCE_DESIGN("evidence_design", Practice.TEXT_MAX, EvidenceCriterion.EVALUATION_DESIGN),
    EVIDENCE_OUTCOMES("evidence_outcomes", Practice.TEXT_MAX, EvidenceCriterion.MEASURED_OUTCOMES),
    EVIDENCE_TRANSFERABILITY(
            "evidence_transferability", Practice.TEXT_MAX, EvidenceCriterion.TRANSFERABILITY_AND_COSTS);

    /** The evidence criteria, which both types have (DD032). */
    private static final List<RedactableField> EVIDENCE =
            List.of(EVIDENCE_PROBLEM, EVIDENCE_LOGIC, EVIDENCE_DESIGN, EVIDENCE_OUTCOMES, EVIDENCE_TRANSFERABILITY);

    private final String column;
    private final int max;
    private final String labelKey;

    RedactableField(String column, int max) {
        this.column = column;
        this.max = max;
        this.labelKey = "practice.field." + column;
    }

    RedactableField(String column, int max, EvidenceCriterion criterion) {
        this.column = column;
        this.max = max;
        this.labelKey = "practice.evidence." + criterion.key();
    }

    /** Its column in {@code practice} and {@code practice_aud}. */
    public String column() {
        return column;
    }

    /** The message key of its label, as the editor names the field. */
    public String labelKey() {
        return labelKey;
    }

    /** The longest text the field holds (its column's length). */
    public int max() {
        return max;
    }

    /** The fields a practice of this type has. */
    public static List<RedactableField> of(PracticeType type) {
        var own = type == PracticeType.SHEET
                ? List.of(SUMMARY, OBJECTIVES, ACTIONS, PARTNERS, RESULTS, EVALUATION, CONTACT)
                : List.of(SUMMARY, BODY);
        return Stream.concat(own.stream(), EVIDENCE.stream()).toList();
    }
}
