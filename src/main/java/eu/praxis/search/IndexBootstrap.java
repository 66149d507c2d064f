package eu.praxis.search;

import eu.praxis.practice.Practice;
import eu.praxis.practice.PracticeStatus;
import eu.praxis.security.RunAs;
import jakarta.persistence.EntityManager;
import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * At start-up, rebuilds the index when it is empty although the database has published practices and no
 * index change is waiting in the outbox: a database from before search existed, or an index folder that was
 * deleted. Data written through the services (the demo data, new practices) is indexed through the outbox.
 */
@Component
class IndexBootstrap {

    private static final Logger log = LoggerFactory.getLogger(IndexBootstrap.class);

    private final EntityManager entityManager;
    private final TransactionTemplate transaction;
    private final SearchIndexAdmin admin;

    IndexBootstrap(EntityManager entityManager, PlatformTransactionManager transactions, SearchIndexAdmin admin) {
        this.entityManager = entityManager;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setReadOnly(true);
        this.admin = admin;
    }

    @EventListener(ApplicationReadyEvent.class)
    void rebuildIfEmpty() {
        if (Boolean.TRUE.equals(transaction.execute(status -> indexMissing()))) {
            log.info("The search index is empty but the database has published practices: rebuilding it");
            RunAs.secretariat(admin::startRebuild);
        }
    }

    boolean indexMissing() {
        var indexed = Search.session(entityManager).search(Practice.class).where(f -> f.matchAll())
                .fetchTotalHitCount();
        if (indexed > 0) {
            return false;
        }
        var published = entityManager.createQuery("select count(p) from Practice p where p.status = :status",
                Long.class).setParameter("status", PracticeStatus.PUBLISHED).getSingleResult();
        var pending = ((Number) entityManager.createNativeQuery("select count(*) from hsearch_outbox_event")
                .getSingleResult()).longValue();
        return published > 0 && pending == 0;
    }
}
