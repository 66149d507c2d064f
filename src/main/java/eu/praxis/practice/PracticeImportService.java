package eu.praxis.practice;

import eu.praxis.base.UserFacingException;
import eu.praxis.security.Role;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * Bulk import of practice sheets and case studies from JSON or CSV (format: docs/import-format.md),
 * for the secretariat migrating the network's library. Each row is imported in its own transaction;
 * re-importing a file updates the practices by their external id instead of duplicating them. The
 * imports write no {@link PracticePublished} events: a migration must not notify every group of
 * every old practice.
 */
@Service
@PreAuthorize("hasRole('" + Role.ADMIN_NAME + "')")
public class PracticeImportService {

    private static final Logger log = LoggerFactory.getLogger(PracticeImportService.class);
    /** How long a finished job's report stays readable. */
    private static final Duration KEEP_FINISHED = Duration.ofHours(6);

    private final PracticeImporter importer;
    private final ThreadPoolTaskExecutor executor;
    private final Clock clock;
    private final ConcurrentHashMap<UUID, Job> jobs = new ConcurrentHashMap<>();

    PracticeImportService(
            PracticeImporter importer,
            @Qualifier(PracticeImportConfiguration.EXECUTOR) ThreadPoolTaskExecutor executor,
            Clock clock) {
        this.importer = importer;
        this.executor = executor;
        this.clock = clock;
    }

    /** Imports a JSON file ({@code {"practices": [...]}}) now, in the calling thread. Closes the stream. */
    public ImportReport importJson(InputStream content) {
        return run(content, true, total -> {}, () -> {});
    }

    /** Imports a CSV file (header row with the field names) now, in the calling thread. Closes the stream. */
    public ImportReport importCsv(InputStream content) {
        return run(content, false, total -> {}, () -> {});
    }

    /**
     * Starts importing a file in the background, as the calling admin; JSON or CSV by the file's
     * extension, else by its content. The stream is read before this returns.
     *
     * @throws UserFacingException when too many imports are already waiting
     */
    public ImportJob start(InputStream content, String fileName) {
        forgetOldJobs();
        byte[] bytes;
        try {
            bytes = ImportFiles.read(content);
        } catch (UserFacingException e) {
            var job = new Job(new ImportJob(UUID.randomUUID(), fileName));
            job.report = ImportReport.ofFileError(e.messageKey(), e.arguments());
            job.finishedAt = clock.instant();
            jobs.put(job.id.id(), job);
            return job.id;
        }
        var job = new Job(new ImportJob(UUID.randomUUID(), fileName));
        var json = ImportFiles.isJson(fileName, bytes);
        Runnable work = () -> {
            try {
                job.report = run(
                        new ByteArrayInputStream(bytes), json, total -> job.total = total, job.done::incrementAndGet);
            } catch (RuntimeException e) {
                log.error("Import of {} failed", fileName, e);
                job.report = ImportReport.ofFileError("import.error.file.failed");
            } finally {
                job.finishedAt = clock.instant();
            }
        };
        jobs.put(job.id.id(), job);
        try {
            // A copy: logging out clears the session's context object while the import still runs.
            var context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(SecurityContextHolder.getContext().getAuthentication());
            executor.execute(new DelegatingSecurityContextRunnable(work, context));
        } catch (TaskRejectedException e) {
            jobs.remove(job.id.id());
            throw new UserFacingException("import.error.busy");
        }
        return job.id;
    }

    /** How far a background import is, and its report once finished; empty for an unknown or forgotten job. */
    public Optional<ImportProgress> progress(UUID jobId) {
        return Optional.ofNullable(jobs.get(jobId)).map(Job::progress);
    }

    private ImportReport run(InputStream content, boolean json, IntConsumer total, Runnable rowDone) {
        List<ImportRow> rows;
        try {
            var bytes = ImportFiles.read(content);
            rows = json ? ImportFiles.json(bytes) : ImportFiles.csv(bytes);
        } catch (UserFacingException e) {
            return ImportReport.ofFileError(e.messageKey(), e.arguments());
        }
        total.accept(rows.size());
        var lookups = importer.lookups();
        var imported = new ArrayList<ImportReport.Row>();
        var refused = new ArrayList<ImportReport.Refusal>();
        for (var row : rows) {
            try {
                imported.add(importer.importRow(row, lookups));
            } catch (PracticeImporter.Refused e) {
                refused.addAll(e.refusals());
            }
            rowDone.run();
        }
        log.info("Imported {} practice rows: {} refused", rows.size(), refused.size());
        return new ImportReport(rows.size(), imported, refused, null);
    }

    private void forgetOldJobs() {
        var limit = clock.instant().minus(KEEP_FINISHED);
        jobs.values().removeIf(j -> j.finishedAt != null && j.finishedAt.isBefore(limit));
    }

    /** A background import's state, written by the import thread and read by the view's polls. */
    private static final class Job {

        private final ImportJob id;
        private final AtomicInteger done = new AtomicInteger();
        private volatile int total;
        private volatile @Nullable ImportReport report;
        private volatile @Nullable Instant finishedAt;

        Job(ImportJob id) {
            this.id = id;
        }

        ImportProgress progress() {
            var finished = report;
            return new ImportProgress(id.id(), id.fileName(), done.get(), total, finished);
        }
    }
}
