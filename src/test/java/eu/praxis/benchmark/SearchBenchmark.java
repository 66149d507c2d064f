package eu.praxis.benchmark;

import eu.praxis.Application;
import eu.praxis.TestDatabase;
import eu.praxis.search.SearchService;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.lucene.search.IndexSearcher;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Runs the search benchmark end to end (DD016): fresh database, generated corpus, application
 * context, mass indexing, then the query mix through every search path, interleaved so that all
 * paths see the same machine load. Settings are system properties (see README "Benchmark").
 */
public final class SearchBenchmark {

    private static final Logger log = LoggerFactory.getLogger(SearchBenchmark.class);

    private SearchBenchmark() {}

    record Settings(
            int docs,
            long seed,
            int queries,
            int rounds,
            int warmupRounds,
            int loadThreads,
            int batchSize,
            List<String> appArgs,
            Path output) {

        static Settings fromSystemProperties() {
            return new Settings(
                    Integer.getInteger("bench.docs", 100_000),
                    Long.getLong("bench.seed", 42L),
                    Integer.getInteger("bench.queries", 240),
                    Integer.getInteger("bench.rounds", 3),
                    Integer.getInteger("bench.warmup", 1),
                    Integer.getInteger("bench.load-threads", 2),
                    Integer.getInteger("bench.batch-size", 100),
                    Arrays.stream(System.getProperty("bench.app-args", "none").split(","))
                            .map(String::strip)
                            .filter(a -> !a.isEmpty() && !a.equals("none"))
                            .toList(),
                    Path.of(System.getProperty("bench.output", "target/benchmark")));
        }
    }

    public static void main(String[] args) throws IOException {
        var settings = Settings.fromSystemProperties();
        var loadAtStart = Report.loadAverage();
        var dataDir = Files.createTempDirectory("praxis-benchmark-");
        var report = new Report(settings);
        try (var database = TestDatabase.onServer()) {
            var corpus = new Corpus(settings.seed(), settings.docs());
            try (var context = start(database, dataDir, settings.appArgs())) {
                run(settings, corpus, context, dataDir, report);
                report.machine = report.machine(loadAtStart) + report.machine;
            }
        } finally {
            delete(dataDir);
        }
        report.print();
        report.write(settings.output().resolve("results.txt"));
        // Hibernate Search and the JDBC pool leave no user threads, but be explicit: the numbers are out.
        System.exit(0);
    }

    private static ConfigurableApplicationContext start(TestDatabase database, Path dataDir, List<String> extra) {
        // as arguments: they must win over application.properties (builder properties would be mere defaults)
        var args = new ArrayList<>(List.of(
                "--spring.datasource.url=" + database.url(),
                "--spring.datasource.username=" + database.username(),
                "--spring.datasource.password=" + database.password(),
                "--praxis.data-dir=" + dataDir));
        extra.forEach(a -> args.add("--" + a));
        return new SpringApplicationBuilder(Application.class)
                .profiles("benchmark")
                .run(args.toArray(String[]::new));
    }

    private static void run(
            Settings settings, Corpus corpus, ConfigurableApplicationContext context, Path dataDir, Report report) {
        var dataSource = context.getBean(DataSource.class);
        log.info("Loading {} practices (seed {})", settings.docs(), settings.seed());
        report.loadSeconds = new CorpusLoader(dataSource).load(corpus);
        log.info("Loaded in {} s; building the PostgreSQL full-text column and GIN index", report.loadSeconds);
        report.postgresIndexSeconds = PostgresFullText.prepare(dataSource);
        var themeIds = themeIds(dataSource);
        var mapping = Search.mapping(context.getBean(EntityManagerFactory.class));
        log.info("Mass indexing with {} loading threads, batches of {}", settings.loadThreads(), settings.batchSize());
        report.indexingSettings = "MassIndexer threadsToLoadObjects=" + settings.loadThreads()
                + ", batchSizeToLoadObjects=" + settings.batchSize() + ", typesToIndexInParallel=1";
        report.indexingSeconds = massIndex(mapping, settings);
        log.info("Indexed in {} s", report.indexingSeconds);
        // the searches of a full run take long on a busy machine: keep what is known so far
        report.write(settings.output().resolve("results.txt"));
        var permissions = new Permissions(corpus.member.id(), corpus.member.organisationId(), corpus.memberGroupIds);
        var backend = mapping.backend().unwrap(LuceneBackend.class);
        try (var lucene = new RawLucene(
                indexDirectory(dataDir),
                name -> backend.analyzer(name).orElseThrow(() -> new IllegalStateException("no analyzer " + name)),
                permissions,
                themeIds)) {
            var service = new ServicePath(context.getBean(SearchService.class), corpus.member, themeIds);
            var paths = List.<SearchPath>of(service, lucene, new PostgresFullText(dataSource, themeIds, permissions));
            measure(settings, QueryMix.of(corpus, settings.queries()), paths, report);
            if (!service.failures.isEmpty()) {
                report.notes.add("The service THREW (timed as failed calls): " + service.failures);
            }
            if (!lucene.refused.isEmpty()) {
                report.notes.add("Queries raw Lucene refused (over " + IndexSearcher.getMaxClauseCount()
                        + " clauses once the thesaurus' synonyms are expanded in every language field; timed as "
                        + "refused): " + lucene.refused);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        report.machine = ", " + postgresVersion(dataSource)
                + (settings.appArgs().isEmpty() ? "" : "; application properties added: " + settings.appArgs());
    }

    private static String postgresVersion(DataSource dataSource) {
        try (var connection = dataSource.getConnection()) {
            var meta = connection.getMetaData();
            return meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Rebuilds the whole index from the database, as the secretariat's rebuild does; @return seconds */
    private static double massIndex(SearchMapping mapping, Settings settings) {
        var started = System.nanoTime();
        try {
            mapping.scope(eu.praxis.practice.Practice.class)
                    .massIndexer()
                    .typesToIndexInParallel(1)
                    .threadsToLoadObjects(settings.loadThreads())
                    .batchSizeToLoadObjects(settings.batchSize())
                    .startAndWait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return (System.nanoTime() - started) / 1e9;
    }

    /** The practices' Lucene index: the folder under the index root that holds a commit. */
    private static Path indexDirectory(Path dataDir) throws IOException {
        try (var files = Files.walk(dataDir.resolve("index"))) {
            return files.filter(f -> f.getFileName().toString().startsWith("segments_"))
                    .map(Path::getParent)
                    .filter(d -> d.getFileName()
                            .toString()
                            .toLowerCase(java.util.Locale.ROOT)
                            .contains("practice"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no practice index under " + dataDir));
        }
    }

    /**
     * Warm-up rounds first (JIT, caches), then measured rounds. Within a round each query runs through
     * every path in turn, in an order that rotates, so that load from other processes hits all paths alike.
     */
    private static void measure(Settings settings, List<BenchQuery> queries, List<SearchPath> paths, Report report) {
        var outcomes = new HashMap<String, List<SearchPath.Outcome>>();
        for (var path : paths) {
            var first = new ArrayList<SearchPath.Outcome>();
            for (var query : queries) {
                first.add(path.run(query));
            }
            outcomes.put(path.name(), first);
        }
        report.compare(queries, paths, outcomes);
        for (var round = 1; round < settings.warmupRounds(); round++) {
            for (var query : queries) {
                paths.forEach(p -> p.run(query));
            }
        }
        var latencies = new HashMap<String, Latencies>();
        var cpu = new HashMap<String, Latencies>();
        paths.forEach(p -> {
            latencies.put(p.name(), new Latencies());
            cpu.put(p.name(), new Latencies());
        });
        var threads = ManagementFactory.getThreadMXBean();
        var turn = 0;
        try (var sampler = new Sampler(Thread.currentThread(), 5)) {
            for (var round = 0; round < settings.rounds(); round++) {
                log.info("Measured round {} of {}", round + 1, settings.rounds());
                for (var query : queries) {
                    for (var i = 0; i < paths.size(); i++) {
                        var path = paths.get((i + turn) % paths.size());
                        sampler.enter(path.name());
                        var cpuStarted = threads.getCurrentThreadCpuTime();
                        var started = System.nanoTime();
                        path.run(query);
                        latencies.get(path.name()).add(System.nanoTime() - started);
                        cpu.get(path.name()).add(threads.getCurrentThreadCpuTime() - cpuStarted);
                        sampler.leave();
                    }
                    turn++;
                }
            }
            report.notes.addAll(sampler.summary());
        }
        paths.forEach(p -> {
            report.latencies.put(p.name(), latencies.get(p.name()));
            report.cpu.put(p.name(), cpu.get(p.name()));
        });
    }

    private static Map<String, Long> themeIds(DataSource dataSource) {
        var ids = new HashMap<String, Long>();
        try (var connection = dataSource.getConnection();
                var statement = connection.createStatement();
                var rows = statement.executeQuery("select code, id from theme")) {
            while (rows.next()) {
                ids.put(rows.getString(1), rows.getLong(2));
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return ids;
    }

    private static void delete(Path folder) {
        try (var files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
