package eu.praxis.benchmark;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import eu.praxis.Application;
import eu.praxis.TestDatabase;
import eu.praxis.newsletter.NewsletterOffice;
import eu.praxis.newsletter.NewsletterStatus;
import eu.praxis.security.Role;
import eu.praxis.security.RunAs;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Sends one issue of the newsletter to a generated population (by default 10,000 members) through GreenMail, on
 * PostgreSQL or on the embedded database, and stops the node half-way as a crash or a deployment would: a second node
 * on the same database finishes the sending. Counts the mails each recipient got: none may be missing and none may
 * come twice, except the one a node may have sent in the instant it died (NewsletterSender). Writes the figures to
 * {@code results-<database>.txt} and exits non-zero when a mail is lost or more than one goes twice.
 *
 * <p>{@code ./mvnw -Pnewsletter-benchmark verify [-Dnewsletter.recipients=10000]} runs it on both databases.
 */
public final class NewsletterBenchmark {

    private static final Logger log = LoggerFactory.getLogger(NewsletterBenchmark.class);
    private static final List<String> LANGUAGES = List.of("en", "fr", "de", "es", "it");
    private static final Duration PATIENCE = Duration.ofMinutes(20);

    private NewsletterBenchmark() {}

    public static void main(String[] args) throws Exception {
        var recipients = Integer.getInteger("newsletter.recipients", 10_000);
        var database = System.getProperty("newsletter.database", "postgres");
        var output = Path.of(System.getProperty("newsletter.output", "target/benchmark"));
        var mail = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        var dataDir = Files.createTempDirectory("praxis-newsletter-");
        TestDatabase server = database.equals("postgres") ? TestDatabase.onServer() : null;
        String result;
        try {
            result = run(recipients, database, server, mail, dataDir);
        } finally {
            mail.stop();
            if (server != null) {
                server.close();
            }
        }
        Files.createDirectories(output);
        Files.writeString(output.resolve("results-newsletter-" + database + ".txt"), result);
        log.info("\n{}", result);
        if (result.contains("FAILED")) {
            System.exit(1);
        }
        System.exit(0);
    }

    private static String run(int count, String database, @Nullable TestDatabase server, GreenMail mail, Path dataDir)
            throws Exception {
        long issue;
        Instant sendStarted;
        int firstNode;
        try (var first = start(server, mail, dataDir)) {
            var admin = populate(first.getBean(DataSource.class), count);
            var office = first.getBean(NewsletterOffice.class);
            issue = RunAs.person(admin, Role.ADMIN, office::prepare);
            RunAs.person(admin, Role.ADMIN, () -> {
                office.edit(issue, "Benchmark issue", "Dear members, this is the benchmark's issue.", 0);
                return null;
            });
            sendStarted = Instant.now();
            var enqueued = RunAs.person(admin, Role.ADMIN, () -> office.send(issue));
            log.info("Sending to {} recipients ({} s to write their rows)", enqueued, seconds(sendStarted));
            await(() -> mail.getReceivedMessages().length >= count / 2, "half of the mails");
            firstNode = mail.getReceivedMessages().length;
            log.info("{} mails sent: the first node stops", firstNode);
        }
        var restarted = Instant.now();
        try (var second = start(server, mail, dataDir)) {
            var office = second.getBean(NewsletterOffice.class);
            var admin = new JdbcTemplate(second.getBean(DataSource.class))
                    .queryForObject("select id from person where email = 'bench-admin@praxis.example'", Long.class);
            await(
                    () -> RunAs.person(admin, Role.ADMIN, () -> office.get(issue))
                                    .status()
                            == NewsletterStatus.SENT,
                    "the second node to finish");
        }
        var seconds = seconds(sendStarted);
        var received = new HashMap<String, Integer>();
        for (var message : mail.getReceivedMessages()) {
            received.merge(recipient(message), 1, Integer::sum);
        }
        var lost = count - received.size();
        var twice = received.values().stream().filter(n -> n > 1).count();
        var passed = lost == 0 && twice <= 1;
        return """
                Newsletter sending benchmark (eu.praxis.benchmark.NewsletterBenchmark), %s
                database: %s, recipients: %d, SMTP: GreenMail on 127.0.0.1, %d cores
                the first node sent %d mails and was stopped; a second node on the same database finished
                total: %.1f s (second node from its start: %.1f s), %.0f mails/s
                recipients without the mail: %d; recipients who got it twice: %d (at most 1 allowed: the mail in flight)
                %s
                """.formatted(
                        Instant.now(),
                        database,
                        count,
                        Runtime.getRuntime().availableProcessors(),
                        firstNode,
                        seconds,
                        seconds(restarted),
                        received.values().stream().mapToInt(Integer::intValue).sum() / seconds,
                        lost,
                        twice,
                        passed ? "PASSED" : "FAILED");
    }

    private static ConfigurableApplicationContext start(@Nullable TestDatabase server, GreenMail mail, Path dataDir) {
        var args = new ArrayList<>(List.of(
                "--praxis.data-dir=" + dataDir,
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + mail.getSmtp().getPort(),
                "--praxis.newsletter.send-interval=PT0.2S",
                "--praxis.newsletter.claim-lease=PT5S"));
        if (server != null) {
            args.add("--spring.datasource.url=" + server.url());
            args.add("--spring.datasource.username=" + server.username());
            args.add("--spring.datasource.password=" + server.password());
        }
        return new SpringApplicationBuilder(Application.class)
                .profiles("benchmark")
                .run(args.toArray(String[]::new));
    }

    /** One organisation, its members in five languages and a secretary; @return the secretary's id */
    private static long populate(DataSource dataSource, int count) {
        var jdbc = new JdbcTemplate(dataSource);
        var now = Timestamp.from(Instant.now());
        jdbc.update(
                "insert into organisation (version, name, kind, country, city, status, joined_on, created_at)"
                        + " values (0, 'Benchmark city', 'CITY', 'BE', 'Liège', 'ACTIVE', current_date, ?)",
                now);
        var organisation = jdbc.queryForObject("select id from organisation where name = 'Benchmark city'", Long.class);
        var people = IntStream.range(0, count)
                .mapToObj(i -> new Object[] {
                    "member-" + i + "@bench.example",
                    "Member " + i,
                    organisation,
                    LANGUAGES.get(i % LANGUAGES.size()),
                    now
                })
                .toList();
        jdbc.batchUpdate(
                "insert into person (version, email, name, organisation_id, role, status, language, created_at)"
                        + " values (0, ?, ?, ?, 'MEMBER', 'ACTIVE', ?, ?)",
                people);
        jdbc.update(
                "insert into person (version, email, name, organisation_id, role, status, language, created_at)"
                        + " values (0, 'bench-admin@praxis.example', 'Secretary', ?, 'ADMIN', 'ACTIVE', 'en', ?)",
                organisation,
                now);
        return jdbc.queryForObject("select id from person where email = 'bench-admin@praxis.example'", Long.class);
    }

    private static String recipient(Message message) {
        try {
            return message.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void await(java.util.function.BooleanSupplier condition, String what) throws InterruptedException {
        var deadline = Instant.now().plus(PATIENCE);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("Gave up waiting for " + what);
            }
            Thread.sleep(100);
        }
    }

    private static double seconds(Instant since) {
        return Duration.between(since, Instant.now()).toMillis() / 1000.0;
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
