package eu.praxis.relevance;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The figures of one evaluation, per category and overall, and every query's ranking for reading. */
record Report(Map<JudgedQuery, List<String>> rankings) {

    static final int NDCG_AT = 10;
    static final int RECALL_AT = 20;

    static Report of(Map<JudgedQuery, List<String>> rankings) {
        return new Report(rankings);
    }

    double overallNdcg() {
        return rankings.entrySet().stream()
                .mapToDouble(e -> e.getKey().ndcg(e.getValue(), NDCG_AT))
                .average()
                .orElse(0);
    }

    String text() {
        var byCategory = new TreeMap<String, List<Map.Entry<JudgedQuery, List<String>>>>();
        rankings.entrySet()
                .forEach(e -> byCategory
                        .computeIfAbsent(e.getKey().category(), c -> new ArrayList<>())
                        .add(e));
        var lines = new ArrayList<String>();
        lines.add(String.format(
                Locale.ROOT,
                "%-16s %7s %8s %6s %9s %9s",
                "category",
                "queries",
                "nDCG@10",
                "MRR",
                "recall@20",
                "zero-hit"));
        byCategory.forEach((category, entries) -> lines.add(line(category, entries)));
        lines.add(line("overall", new ArrayList<>(rankings.entrySet())));
        return String.join("\n", lines) + "\n";
    }

    private static String line(String name, List<Map.Entry<JudgedQuery, List<String>>> entries) {
        double ndcg = 0;
        double mrr = 0;
        double recall = 0;
        int zero = 0;
        for (var e : entries) {
            ndcg += e.getKey().ndcg(e.getValue(), NDCG_AT);
            mrr += e.getKey().reciprocalRank(e.getValue());
            recall += e.getKey().recall(e.getValue(), RECALL_AT);
            zero += e.getValue().isEmpty() ? 1 : 0;
        }
        int n = entries.size();
        return String.format(
                Locale.ROOT,
                "%-16s %7d %8.3f %6.3f %9.3f %9.3f",
                name,
                n,
                ndcg / n,
                mrr / n,
                recall / n,
                (double) zero / n);
    }

    /** Each query with its nDCG@10 and its first ten results, the judged grade of each in brackets. */
    String rankingText() {
        var out = new StringBuilder();
        rankings.forEach((query, ranked) -> {
            out.append(String.format(
                    Locale.ROOT,
                    "%s [%s, %s] nDCG@10 %.3f  %s%n",
                    query.id(),
                    query.category(),
                    query.language(),
                    query.ndcg(ranked, NDCG_AT),
                    query.query()));
            out.append("   ")
                    .append(ranked.stream()
                            .limit(NDCG_AT)
                            .map(id -> id + "(" + query.judgments().getOrDefault(id, 0) + ")")
                            .collect(Collectors.joining(" ")))
                    .append('\n');
            var missed = query.judgments().entrySet().stream()
                    .filter(j -> !ranked.contains(j.getKey()))
                    .map(j -> j.getKey() + "(" + j.getValue() + ")")
                    .toList();
            if (!missed.isEmpty()) {
                out.append("   not in the first 20: ")
                        .append(String.join(" ", missed))
                        .append('\n');
            }
        });
        return out.toString();
    }
}
