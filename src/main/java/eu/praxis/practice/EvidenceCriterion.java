package eu.praxis.practice;

/**
 * EUCPN's quality criteria for the evidence of a crime prevention practice (DD032), each a text the author may write;
 * {@link #key()} is the suffix of its label {@code practice.evidence.<key>}.
 */
public enum EvidenceCriterion {
    PROBLEM_ANALYSIS("problem"),
    OBJECTIVES_AND_LOGIC("logic"),
    EVALUATION_DESIGN("design"),
    MEASURED_OUTCOMES("outcomes"),
    TRANSFERABILITY_AND_COSTS("transferability");

    private final String key;

    EvidenceCriterion(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
