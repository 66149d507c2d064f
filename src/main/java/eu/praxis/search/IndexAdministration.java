package eu.praxis.search;

import eu.praxis.base.UserFacingException;
import eu.praxis.security.Role;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicLong;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Rebuilds the whole index with Hibernate Search's mass indexer, in the background, one rebuild at a time.
 * The mass indexer purges the index at start and then adds every document (it only ever adds, so without the
 * purge each document would be there twice): searches keep working during a rebuild but find only what has
 * been reindexed so far (README, "Search: single node and multi-node"). With outbox-polling, the event
 * processors pause while the mass indexer runs and apply the changes made meanwhile afterwards.
 */
@Service
@PreAuthorize("hasRole('" + Role.ADMIN_NAME + "')")
class IndexAdministration implements SearchIndexAdmin {

    private static final Logger log = LoggerFactory.getLogger(IndexAdministration.class);

    private final EntityManagerFactory entityManagerFactory;
    private final Clock clock;
    private final Object lock = new Object();
    private RebuildStatus status = new RebuildStatus(false, 0, 0, null, null, null);
    private @Nullable Progress progress;

    IndexAdministration(EntityManagerFactory entityManagerFactory, Clock clock) {
        this.entityManagerFactory = entityManagerFactory;
        this.clock = clock;
    }

    @Override
    public RebuildStatus startRebuild() {
        synchronized (lock) {
            if (status.running()) {
                throw new UserFacingException("search.error.rebuild-running");
            }
            var started = clock.instant();
            var monitor = new Progress();
            progress = monitor;
            status = new RebuildStatus(true, 0, 0, started, null, null);
            log.info("Search index rebuild started");
            Search.mapping(entityManagerFactory)
                    .scope(Object.class)
                    .massIndexer()
                    .purgeAllOnStart(true)
                    .typesToIndexInParallel(1)
                    .threadsToLoadObjects(1)
                    .monitor(monitor)
                    .start()
                    .whenComplete((ignored, failure) -> finished(started, monitor, failure));
            return status();
        }
    }

    @Override
    public RebuildStatus status() {
        synchronized (lock) {
            var running = progress;
            if (status.running() && running != null) {
                return new RebuildStatus(true, running.done.get(), running.total.get(), status.startedAt(), null, null);
            }
            return status;
        }
    }

    private void finished(java.time.Instant started, Progress monitor, @Nullable Throwable failure) {
        synchronized (lock) {
            if (failure != null) {
                log.error("Search index rebuild failed", failure);
            } else {
                log.info("Search index rebuild finished: {} documents", monitor.done.get());
            }
            progress = null;
            status = new RebuildStatus(
                    false,
                    monitor.done.get(),
                    monitor.total.get(),
                    started,
                    clock.instant(),
                    failure == null ? null : String.valueOf(failure.getMessage()));
        }
    }

    /** Counts what the mass indexer reports; it runs on the indexer's threads. */
    private static final class Progress implements MassIndexingMonitor {

        private final AtomicLong done = new AtomicLong();
        private final AtomicLong total = new AtomicLong();

        @Override
        public void documentsAdded(long increment) {
            done.addAndGet(increment);
        }

        @Override
        public void documentsBuilt(long increment) {}

        @Override
        public void entitiesLoaded(long increment) {}

        @Override
        public void addToTotalCount(long increment) {
            total.addAndGet(increment);
        }

        @Override
        public void indexingCompleted() {}
    }
}
