package eu.praxis.notification;

import eu.praxis.base.BackgroundJobs;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the digests at 07:00 in the network's time zone. ShedLock lets one node run it at a time; the
 * per-person claims in {@link Digests} keep it from sending twice even if the lock expired or the job
 * runs again after a restart.
 */
@Component
class DigestJob {

    private final Digests digests;
    private final BackgroundJobs jobs;

    DigestJob(Digests digests, BackgroundJobs jobs) {
        this.digests = digests;
        this.jobs = jobs;
    }

    /** Public, so that the lock advice of ShedLock's proxy surely applies. */
    @Scheduled(
            cron = "${praxis.notification.digest-cron:0 0 7 * * *}",
            zone = "${praxis.notification.zone:Europe/Brussels}")
    @SchedulerLock(name = "notification-digests", lockAtMostFor = "PT1H", lockAtLeastFor = "PT1M")
    public void run() {
        jobs.run("notification digests", digests::sendDue);
    }
}
