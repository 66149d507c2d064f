package eu.praxis.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The figures of one run, printed as a table against the targets and written to a file. */
final class Report {

    static final String SERVICE = "SearchService";
    static final String LUCENE = "raw Lucene";
    static final String POSTGRES = "PostgreSQL FTS";

    private final SearchBenchmark.Settings settings;
    final Map<String, Latencies> latencies = new LinkedHashMap<>();
    /** CPU time of the measuring thread: robust against other processes' load, blind to waiting (PostgreSQL). */
    final Map<String, Latencies> cpu = new LinkedHashMap<>();

    final List<String> notes = new ArrayList<>();
    double loadSeconds;
    double postgresIndexSeconds;
    double indexingSeconds;
    String indexingSettings = "";
    String machine = "";

    Report(SearchBenchmark.Settings settings) {
        this.settings = settings;
    }

    /** How far the paths agree on the first (cold) run of every query: totals and first pages. */
    void compare(List<BenchQuery> queries, List<SearchPath> paths, Map<String, List<SearchPath.Outcome>> outcomes) {
        var reference = outcomes.get(SERVICE);
        if (reference == null) {
            return;
        }
        for (var path : paths) {
            if (path.name().equals(SERVICE)) {
                continue;
            }
            var other = outcomes.get(path.name());
            var sameTotal = 0;
            var samePage = 0;
            var overlap = 0.0;
            var totalRatio = 0.0;
            var withHits = 0;
            for (var i = 0; i < queries.size(); i++) {
                var a = reference.get(i);
                var b = other.get(i);
                if (a.total() == b.total()) {
                    sameTotal++;
                }
                if (a.ids().equals(b.ids())) {
                    samePage++;
                }
                var common = new HashSet<>(a.ids());
                common.retainAll(b.ids());
                overlap += a.ids().isEmpty()
                        ? (b.ids().isEmpty() ? 1 : 0)
                        : (double) common.size() / a.ids().size();
                if (a.total() > 0) {
                    totalRatio += (double) b.total() / a.total();
                    withHits++;
                }
            }
            notes.add(String.format(
                    Locale.ROOT,
                    "%s vs %s: same total in %d/%d queries, same first page in %d/%d, mean first-page overlap %.0f%%, "
                            + "mean total ratio %.2f",
                    path.name(),
                    SERVICE,
                    sameTotal,
                    queries.size(),
                    samePage,
                    queries.size(),
                    100 * overlap / queries.size(),
                    withHits == 0 ? Double.NaN : totalRatio / withHits));
        }
        var hits =
                reference.stream().mapToLong(SearchPath.Outcome::total).sorted().toArray();
        if (hits.length > 0) {
            notes.add(String.format(
                    Locale.ROOT,
                    "Hits per query (service): median %d, p90 %d, max %d; zero-hit queries: %d",
                    hits[hits.length / 2],
                    hits[(int) (hits.length * 0.9)],
                    hits[hits.length - 1],
                    reference.stream().filter(o -> o.total() == 0).count()));
        }
    }

    String table() {
        var out = new StringBuilder();
        out.append("Praxis search benchmark\n");
        out.append(String.format(
                Locale.ROOT,
                "docs %d, seed %d, %d queries x %d measured rounds (after %d warm-up "
                        + "round(s), the first also checks agreement), page 20%n",
                settings.docs(),
                settings.seed(),
                settings.queries(),
                settings.rounds(),
                settings.warmupRounds()));
        out.append("machine: ").append(machine).append('\n');
        out.append(String.format(Locale.ROOT, "load (COPY)             %8.1f s%n", loadSeconds));
        out.append(String.format(
                Locale.ROOT,
                "PostgreSQL tsvector+GIN %8.1f s  (%.0f docs/s)%n",
                postgresIndexSeconds,
                settings.docs() / postgresIndexSeconds));
        var docsPerSecond = settings.docs() / indexingSeconds;
        out.append(String.format(
                Locale.ROOT,
                "mass indexing           %8.1f s  %8.0f docs/s   target >= 2000  %s   (%s)%n",
                indexingSeconds,
                docsPerSecond,
                docsPerSecond >= 2000 ? "MET" : "MISSED",
                indexingSettings));
        out.append(String.format(
                Locale.ROOT,
                "%n%-16s %9s %9s %9s %9s %8s   %s%n",
                "path",
                "p50 ms",
                "p95 ms",
                "p99 ms",
                "mean ms",
                "samples",
                "JVM thread CPU p50 / p95 ms"));
        latencies.forEach((name, l) -> {
            var c = cpu.get(name);
            out.append(String.format(
                    Locale.ROOT,
                    "%-16s %9.2f %9.2f %9.2f %9.2f %8d   %s%n",
                    name,
                    l.percentile(50),
                    l.percentile(95),
                    l.percentile(99),
                    l.mean(),
                    l.count(),
                    c == null || name.equals(POSTGRES)
                            ? "- (work done in the database server)"
                            : String.format(Locale.ROOT, "%.2f / %.2f", c.percentile(50), c.percentile(95))));
        });
        var service = latencies.get(SERVICE);
        var lucene = latencies.get(LUCENE);
        var postgres = latencies.get(POSTGRES);
        out.append('\n');
        if (service != null && lucene != null) {
            var ratio = service.percentile(95) / lucene.percentile(95);
            out.append(String.format(
                    Locale.ROOT,
                    "service p95 / raw Lucene p95 = %.2f   target <= 1.5  %s%n",
                    ratio,
                    ratio <= 1.5 ? "MET" : "MISSED"));
            var serviceCpu = cpu.get(SERVICE);
            var luceneCpu = cpu.get(LUCENE);
            if (serviceCpu != null && luceneCpu != null) {
                out.append(String.format(
                        Locale.ROOT,
                        "  (by JVM thread CPU time, p95: %.2f)%n",
                        serviceCpu.percentile(95) / luceneCpu.percentile(95)));
            }
        }
        if (service != null && postgres != null) {
            var ratio = postgres.percentile(95) / service.percentile(95);
            out.append(String.format(
                    Locale.ROOT,
                    "PostgreSQL p95 / service p95 = %.2f   target >= 5    %s%n",
                    ratio,
                    ratio >= 5 ? "MET" : "MISSED"));
        }
        if (!notes.isEmpty()) {
            out.append('\n');
            notes.forEach(n -> out.append(n).append('\n'));
        }
        return out.toString();
    }

    void print() {
        System.out.println();
        System.out.println(table());
    }

    void write(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, table(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    String machine(double loadAtStart) {
        var os = ManagementFactory.getOperatingSystemMXBean();
        return String.format(
                Locale.ROOT,
                "%d cores, load average %.2f at the start, %.2f at the end, Java %s, " + "max heap %d MB",
                os.getAvailableProcessors(),
                loadAtStart,
                loadAverage(),
                Runtime.version(),
                Runtime.getRuntime().maxMemory() / (1024 * 1024));
    }
}
