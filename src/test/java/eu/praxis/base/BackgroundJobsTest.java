package eu.praxis.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * A job that keeps failing backs off, is logged once and then at most once a minute with a count, shows DOWN in
 * the health endpoint, and runs and reports UP again by itself once the cause is gone.
 */
@ExtendWith(OutputCaptureExtension.class)
class BackgroundJobsTest {

    Instant now = Instant.parse("2026-12-05T07:00:00Z");
    final BackgroundJobs jobs = new BackgroundJobs(((InstantSource) () -> now).withZone(ZoneOffset.UTC));
    final AtomicInteger runs = new AtomicInteger();
    volatile boolean broken = true;

    void digest() {
        runs.incrementAndGet();
        if (broken) {
            throw new IllegalStateException("The database has been closed");
        }
    }

    void advance(Duration duration) {
        now = now.plus(duration);
    }

    @Test
    void a_failing_job_backs_off_logs_sparingly_reports_down_and_recovers_by_itself(CapturedOutput output) {
        jobs.run("digests", this::digest);
        assertThat(jobs.health().getStatus()).isEqualTo(Status.DOWN);
        assertThat(jobs.health().getDetails()).containsKey("digests");

        // backing off: the runs of the next minute are skipped
        advance(Duration.ofSeconds(30));
        jobs.run("digests", this::digest);
        assertThat(runs).hasValue(1);

        // then it is tried again, and waits twice as long after each failure in a row
        advance(Duration.ofSeconds(31));
        jobs.run("digests", this::digest);
        assertThat(runs).hasValue(2);
        advance(Duration.ofSeconds(61));
        jobs.run("digests", this::digest);
        assertThat(runs).as("second back-off is two minutes").hasValue(2);
        advance(Duration.ofSeconds(60));
        jobs.run("digests", this::digest);
        assertThat(runs).hasValue(3);

        assertThat(output.getOut()
                        .lines()
                        .filter(l -> l.contains("digests failed"))
                        .count())
                .as("the first failure in full, then one line per minute at most")
                .isEqualTo(3);
        assertThat(output.getOut()).contains("digests failed 1 more times");
        assertThat(output.getOut()
                        .lines()
                        .filter(l -> l.startsWith("java.lang.IllegalStateException"))
                        .count())
                .as("one stack trace only")
                .isEqualTo(1);

        broken = false;
        advance(Duration.ofMinutes(5));
        jobs.run("digests", this::digest);
        assertThat(runs).hasValue(4);
        assertThat(jobs.health().getStatus()).isEqualTo(Status.UP);
        assertThat(output.getOut()).contains("digests works again after 3 failures in a row");
    }

    @Test
    void the_back_off_doubles_up_to_half_an_hour() {
        assertThat(BackgroundJobs.backOff(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(BackgroundJobs.backOff(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(BackgroundJobs.backOff(5)).isEqualTo(Duration.ofMinutes(16));
        assertThat(BackgroundJobs.backOff(6)).isEqualTo(Duration.ofMinutes(30));
        assertThat(BackgroundJobs.backOff(1000)).isEqualTo(Duration.ofMinutes(30));
    }
}
