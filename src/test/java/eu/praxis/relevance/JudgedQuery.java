package eu.praxis.relevance;

import java.util.List;
import java.util.Map;

/**
 * One query of the judged set with the grade of each practice judged relevant (by external id): 2 highly, 1
 * partially; a practice not listed counts 0.
 */
public record JudgedQuery(String id, String category, String language, String query, Map<String, Integer> judgments) {

    public JudgedQuery {
        judgments = Map.copyOf(judgments);
    }

    /**
     * nDCG at {@code k} with linear gains (the grade) and the usual log2 discount, against the ideal ordering of
     * every judged practice.
     */
    double ndcg(List<String> ranked, int k) {
        double dcg = 0;
        for (int i = 0; i < Math.min(k, ranked.size()); i++) {
            dcg += judgments.getOrDefault(ranked.get(i), 0) / log2(i + 2);
        }
        var ideal = judgments.values().stream().sorted((a, b) -> b - a).limit(k).toList();
        double idcg = 0;
        for (int i = 0; i < ideal.size(); i++) {
            idcg += ideal.get(i) / log2(i + 2);
        }
        return idcg == 0 ? 0 : dcg / idcg;
    }

    /** The reciprocal rank of the first relevant practice (grade 1 or 2), 0 if none is ranked. */
    double reciprocalRank(List<String> ranked) {
        for (int i = 0; i < ranked.size(); i++) {
            if (judgments.getOrDefault(ranked.get(i), 0) > 0) {
                return 1.0 / (i + 1);
            }
        }
        return 0;
    }

    /** The share of the relevant practices found among the first {@code k}. */
    double recall(List<String> ranked, int k) {
        var relevant = judgments.values().stream().filter(g -> g > 0).count();
        var found = ranked.stream()
                .limit(k)
                .filter(id -> judgments.getOrDefault(id, 0) > 0)
                .count();
        return relevant == 0 ? 0 : (double) found / relevant;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
