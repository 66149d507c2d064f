package eu.praxis.practice;

import java.util.List;

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
    BODY("body", Practice.TEXT_MAX);

    private final String column;
    private final int max;

    RedactableField(String column, int max) {
        this.column = column;
        this.max = max;
    }

    /** Its column, which is also its property and the suffix of its label key {@code practice.field.<column>}. */
    public String column() {
        return column;
    }

    /** The longest text the field holds (its column's length). */
    public int max() {
        return max;
    }

    /** The fields a practice of this type has. */
    public static List<RedactableField> of(PracticeType type) {
        return type == PracticeType.SHEET
                ? List.of(SUMMARY, OBJECTIVES, ACTIONS, PARTNERS, RESULTS, EVALUATION, CONTACT)
                : List.of(SUMMARY, BODY);
    }
}
