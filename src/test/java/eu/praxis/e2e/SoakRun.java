package eu.praxis.e2e;

import eu.praxis.demo.DemoAccounts;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.UUID;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * The soak check (README "Soak"): runs the packaged jar on the default embedded database with the demo data, and
 * once a minute takes the demo lead through a round of scripted activity in the headless browser: edit her practice,
 * start a thread, reply to it, search for the previous round's words. Reports failed rounds, the log's error and
 * warning lines and its growth; exits with 1 when a round failed or the log holds an error.
 * Run by {@code ./mvnw -Pproduction,soak verify [-Dsoak.minutes=60]}.
 */
public final class SoakRun {

    private static final String FAILURE_NOTICE = "Something went wrong";

    private final BrowserSession session;
    private long practiceId;
    private String previousWord;

    private SoakRun(int port) {
        this.session = new BrowserSession(port);
    }

    public static void main(String[] args) throws Exception {
        var minutes = Integer.getInteger("soak.minutes", 60);
        var jar = Path.of(System.getProperty("soak.jar"));
        var output = Path.of(System.getProperty("soak.output", "target/soak"));
        var dataDir = output.resolve("data");
        deleteRecursively(dataDir);
        Files.createDirectories(output);
        var log = output.resolve("app.log");
        var port = freePort();
        var app = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx1g",
                        "-jar",
                        jar.toString(),
                        "--server.port=" + port,
                        "--praxis.data-dir=" + dataDir,
                        // the demo accounts are created at start-up, so they count as new, and the scripted activity
                        // (two
                        // posts a minute) is beyond the hourly posting limit of new accounts
                        "--praxis.posting.new-account-age=PT0S")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        var report = new ArrayList<String>();
        var failures = new ArrayList<String>();
        try {
            awaitStarted(port, app, log);
            var logBytesAtStart = Files.size(log);
            var run = new SoakRun(port);
            var started = Instant.now();
            for (var round = 0; round < minutes; round++) {
                var roundStart = Instant.now();
                try {
                    run.round(round);
                } catch (RuntimeException | AssertionError e) {
                    failures.add("minute " + round + ": " + e.getClass().getSimpleName() + ": " + firstLine(e)
                            + run.notifications());
                    run.session.screenshot("soak-failure-" + round);
                }
                System.out.printf(
                        "soak minute %d/%d: %d failed rounds so far, log %d bytes%n",
                        round + 1, minutes, failures.size(), Files.size(log));
                var next = roundStart.plus(Duration.ofMinutes(1));
                var wait = Duration.between(Instant.now(), next);
                if (round < minutes - 1 && !wait.isNegative()) {
                    Thread.sleep(wait.toMillis());
                }
            }
            var lines = Files.readAllLines(log);
            var errors = lines.stream().filter(l -> l.contains(" ERROR ")).toList();
            var warnings = lines.stream().filter(l -> l.contains(" WARN ")).count();
            report.add("Soak: packaged jar " + jar.getFileName() + " on the default embedded database, demo data");
            report.add("duration             "
                    + Duration.between(started, Instant.now()).toMinutes() + " min, " + minutes
                    + " rounds (edit a practice, start a thread, reply, search)");
            report.add("failed rounds        " + failures.size());
            report.add("log ERROR lines      " + errors.size());
            report.add("log WARN lines       " + warnings);
            report.add("log size             " + logBytesAtStart + " bytes after start-up, " + Files.size(log)
                    + " bytes at the end (+" + (Files.size(log) - logBytesAtStart) + ")");
            failures.forEach(f -> report.add("  " + f));
            errors.stream().limit(20).forEach(e -> report.add("  " + e));
            report.add(failures.isEmpty() && errors.isEmpty() ? "RESULT: PASSED" : "RESULT: FAILED");
        } finally {
            app.destroy();
            app.waitFor();
        }
        Files.write(output.resolve("soak-report.txt"), report);
        report.forEach(System.out::println);
        System.exit(report.getLast().endsWith("PASSED") ? 0 : 1);
    }

    private void round(int round) {
        var word = "soak" + UUID.randomUUID().toString().substring(0, 8);
        session.logOut();
        session.logIn(DemoAccounts.LEAD, DemoAccounts.LEAD_PASSWORD);
        if (round == 0) {
            createPractice(word);
        } else {
            editPractice(word);
        }
        var threadUrl = startThread(word);
        session.type("reply-form", "Round " + round + ": we tried " + word + " too.");
        session.click(By.cssSelector("#reply-form vaadin-button[data-action='reply']"));
        session.waitForText(By.cssSelector(".thread-replies"), "we tried " + word);
        if (previousWord != null) {
            // the previous round's thread and practice edit have been indexed for a minute by now
            session.open("/search?q=" + previousWord);
            session.wait.until(d -> d.findElements(By.cssSelector("#search-results a.search-hit-title"))
                            .size()
                    >= 2);
        }
        assertNoFailureNotice(threadUrl);
        previousWord = word;
    }

    private void createPractice(String word) {
        session.open("/practices/new/sheet");
        session.type("title", "Soak practice " + word);
        session.type("summary", "Night mediators, " + word + ".");
        session.setValue("period-start", "2025-06-01");
        session.choose("groups", "Nightlife");
        session.type("objectives", "Fewer noise complaints.");
        session.type("actions", "Mediators walk the streets at night.");
        session.type("results", "Complaints fell.");
        session.click(By.id("save"));
        session.byId("upload");
        session.click(By.id("save-publish"));
        session.wait.until(d -> d.getCurrentUrl().matches(".*/practices/\\d+/.*"));
        var path = URI.create(session.browser.getCurrentUrl()).getPath();
        practiceId = Long.parseLong(path.split("/")[2]);
    }

    private void editPractice(String word) {
        session.open("/practices/" + practiceId + "/edit");
        session.type("summary", " Edited: " + word + ".");
        session.click(By.id("save"));
        // a published practice stays in its editor, with a notification that it was saved
        session.wait.until(
                d -> !d.findElements(By.cssSelector("vaadin-notification-card")).isEmpty());
    }

    /** Starts a thread in the Nightlife group through its dialog; answers the new thread's address. */
    private String startThread(String word) {
        session.open("/groups/nightlife");
        session.click(By.cssSelector("vaadin-button[data-action='new-thread']"));
        var save = session.wait.until(d -> d.findElement(By.cssSelector("vaadin-button[data-action='save-post']")));
        var js = (JavascriptExecutor) session.browser;
        var dialog = (WebElement) js.executeScript(
                "return arguments[0].closest('vaadin-dialog-overlay, vaadin-dialog') || document.body", save);
        var title = session.wait.until(d -> dialog.findElement(By.cssSelector("vaadin-text-field input")));
        title.sendKeys("Soak thread " + word);
        var body = dialog.findElement(By.cssSelector("textarea"));
        body.sendKeys("Who funds the night mediators? " + word);
        js.executeScript("arguments[0].blur()", body);
        session.click(By.cssSelector("vaadin-button[data-action='save-post']"));
        session.wait.until(d -> d.getCurrentUrl().contains("/threads/"));
        session.waitForText(By.tagName("h1"), "Soak thread " + word);
        return session.browser.getCurrentUrl();
    }

    /** What the notifications on screen say, to explain a failed round. */
    private String notifications() {
        try {
            var texts = session.browser.findElements(By.cssSelector("vaadin-notification-card")).stream()
                    .map(WebElement::getText)
                    .toList();
            return texts.isEmpty() ? "" : " (notifications: " + String.join(" | ", texts) + ")";
        } catch (RuntimeException e) {
            return "";
        }
    }

    private void assertNoFailureNotice(String where) {
        if (session.browser.findElement(By.tagName("body")).getText().contains(FAILURE_NOTICE)) {
            throw new AssertionError("\"" + FAILURE_NOTICE + "\" shown on " + where);
        }
    }

    /** Until the login page answers and the demo data, loaded after the server started, is in. */
    private static void awaitStarted(int port, Process app, Path log) throws Exception {
        var http = HttpClient.newHttpClient();
        var deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            if (!app.isAlive()) {
                throw new IllegalStateException("the application stopped during start-up (see its log)");
            }
            try {
                var response = http.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200 && Files.readString(log).contains("Demo data loaded")) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("the application did not start within 3 minutes");
    }

    private static String firstLine(Throwable e) {
        var message = String.valueOf(e.getMessage());
        return message.lines().findFirst().orElse("");
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (Files.exists(path)) {
            try (var files = Files.walk(path)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
