package eu.praxis.benchmark;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A poor man's profiler for the "why is the service slower than the floor" question: while a path
 * runs, a daemon thread samples the measuring thread's stack every few milliseconds and sorts each
 * sample into a category by what the stack contains (database round trip, highlighting, Lucene
 * search, Spring proxies, ...). Shares of samples approximate shares of wall time.
 */
final class Sampler implements AutoCloseable {

    /** First match wins: the order says which cause a stack is charged to. */
    private static final List<Map.Entry<String, List<String>>> CATEGORIES = List.of(
            Map.entry("database round trips (JDBC)", List.of("org.postgresql.", "com.zaxxer.hikari.")),
            Map.entry("highlighting", List.of("highlight", "Highlight")),
            Map.entry("facet counting (aggregations)", List.of("aggregation.", "Aggregation", "FacetCounter")),
            Map.entry(
                    "query analysis and parsing",
                    List.of("org.apache.lucene.analysis", "SimpleQueryParser", "QueryBuilder", "QuerySyntax")),
            Map.entry(
                    "Lucene search (matching, scoring, top docs)",
                    List.of("org.apache.lucene.search.", "org.apache.lucene.codecs", "org.apache.lucene.index.")),
            Map.entry(
                    "projections and hit records",
                    List.of("projection", "Projection", "LibrarySearch.hits", "storedFields", "StoredFields")),
            Map.entry("Hibernate Search query building", List.of("org.hibernate.search.")),
            Map.entry("Hibernate ORM session and transaction", List.of("org.hibernate.")),
            Map.entry("Spring proxies, security, transactions", List.of("org.springframework.")),
            Map.entry("messages", List.of("MessageSource", "ResourceBundle", "MessageFormat")));

    private final Thread target;
    private final Thread sampler;
    private volatile @Nullable String current;
    private volatile boolean running = true;
    private final Map<String, Map<String, Integer>> samples = new HashMap<>();

    Sampler(Thread target, long intervalMillis) {
        this.target = target;
        sampler = Thread.ofPlatform().daemon().name("benchmark-sampler").start(() -> {
            while (running) {
                var path = current;
                if (path != null) {
                    var stack = target.getStackTrace();
                    if (path.equals(current)) {
                        synchronized (samples) {
                            samples.computeIfAbsent(path, p -> new HashMap<>()).merge(category(stack), 1, Integer::sum);
                        }
                    }
                }
                try {
                    Thread.sleep(intervalMillis);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
    }

    void enter(String path) {
        current = path;
    }

    void leave() {
        current = null;
    }

    private static String category(StackTraceElement[] stack) {
        var frames = java.util.Arrays.stream(stack)
                .map(f -> f.getClassName() + "." + f.getMethodName())
                .toList();
        for (var category : CATEGORIES) {
            if (frames.stream().anyMatch(f -> category.getValue().stream().anyMatch(f::contains))) {
                return category.getKey();
            }
        }
        return "other: " + (stack.length == 0 ? "?" : stack[0].getClassName());
    }

    /** One line per path: categories by share of samples. */
    List<String> summary() {
        synchronized (samples) {
            return samples.entrySet().stream()
                    .sorted(Map.Entry.comparingByKey())
                    .map(path -> {
                        var total = path.getValue().values().stream()
                                .mapToInt(Integer::intValue)
                                .sum();
                        return "where " + path.getKey() + " spends its time (" + total + " stack samples): "
                                + path.getValue().entrySet().stream()
                                        .sorted(Map.Entry.<String, Integer>comparingByValue()
                                                .reversed())
                                        .map(e -> String.format(
                                                Locale.ROOT, "%s %.0f%%", e.getKey(), 100.0 * e.getValue() / total))
                                        .collect(Collectors.joining(", "));
                    })
                    .toList();
        }
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
    }
}
