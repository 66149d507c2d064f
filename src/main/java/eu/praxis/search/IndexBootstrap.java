package eu.praxis.search;

import eu.praxis.event.Event;
import eu.praxis.practice.Practice;
import eu.praxis.practice.PracticeStatus;
import eu.praxis.searchindex.SearchDocument;
import eu.praxis.security.RunAs;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * At start-up, rebuilds the index when it is empty although the database has published practices and no
 * index change is waiting in the outbox (a database from before search existed, or an index folder that was
 * deleted), when it was built before concepts were indexed, or with another thesaurus or gazetteer (DD019):
 * concepts and places are read into the index, so the index must follow the vocabulary; or with other fields
 * ({@link SearchDocument#SCHEMA_VERSION}). Data written through the services (the demo data, new practices) is indexed through the outbox.
 * Likewise it indexes the events alone when none is indexed although the database has some: an index from
 * before events were searchable, whose practices and threads need no rebuild.
 */
@Component
class IndexBootstrap {

    /** Beside the index: the fingerprint of the vocabulary it was built with. */
    static final String VOCABULARY_RECORD = "praxis-vocabulary.sha256";

    private static final Logger log = LoggerFactory.getLogger(IndexBootstrap.class);

    private final EntityManager entityManager;
    private final EntityManagerFactory entityManagerFactory;
    private final TransactionTemplate transaction;
    private final SearchIndexAdmin admin;
    private final Concepts concepts;
    private final String indexDirectory;

    IndexBootstrap(
            EntityManager entityManager,
            EntityManagerFactory entityManagerFactory,
            PlatformTransactionManager transactions,
            SearchIndexAdmin admin,
            Concepts concepts,
            @Value("${praxis.index-dir:}") String indexDirectory) {
        this.concepts = concepts;
        this.indexDirectory = indexDirectory;
        this.entityManager = entityManager;
        this.entityManagerFactory = entityManagerFactory;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setReadOnly(true);
        this.admin = admin;
    }

    @EventListener(ApplicationReadyEvent.class)
    void rebuildIfEmpty() {
        if (Boolean.TRUE.equals(transaction.execute(status -> indexMissing()))) {
            log.info("The search index is empty but the database has published practices: rebuilding it");
            RunAs.secretariat(admin::startRebuild);
        } else if (Boolean.TRUE.equals(transaction.execute(status -> builtBeforeConcepts()))) {
            log.info("The search index was built before concepts were indexed (DD019): rebuilding it");
            RunAs.secretariat(admin::startRebuild);
        } else if (vocabularyChanged()) {
            log.info("The thesaurus, the gazetteer or the document's fields changed since the search index was built:"
                    + " rebuilding it");
            RunAs.secretariat(admin::startRebuild);
        } else if (Boolean.TRUE.equals(transaction.execute(status -> eventsMissing()))) {
            log.info("The search index has no event but the database has events: indexing the events");
            // the events' index only (purged first, in case the outbox filled it meanwhile); the rest stays
            Search.mapping(entityManagerFactory)
                    .scope(Event.class)
                    .massIndexer()
                    .purgeAllOnStart(true)
                    .typesToIndexInParallel(1)
                    .threadsToLoadObjects(1)
                    .start()
                    .whenComplete((ignored, failure) -> {
                        if (failure != null) {
                            log.error("Indexing the events failed", failure);
                        }
                    });
        }
    }

    /** Documents without the fields that every document has had since DD019. */
    boolean builtBeforeConcepts() {
        var session = Search.session(entityManager);
        var indexed = session.search(Practice.class).where(f -> f.matchAll()).fetchTotalHitCount();
        return indexed > 0
                && session.search(Practice.class)
                                .where(f -> f.exists().field(SearchDocument.WORDS))
                                .fetchTotalHitCount()
                        == 0;
    }

    /**
     * Whether the vocabulary or the document's fields differ from those the index was built with, as recorded beside the index (the
     * embedded backend's folder; an Elasticsearch cluster keeps no such record: rebuild it by hand after a change).
     * The record is written now, so that the rebuild this starts happens once.
     */
    boolean vocabularyChanged() {
        if (indexDirectory.isBlank()) {
            return false;
        }
        var record = Path.of(indexDirectory).resolve(VOCABULARY_RECORD);
        // the document's fields are part of what the index was built with, like the vocabulary
        var current = concepts.fingerprint() + " schema " + SearchDocument.SCHEMA_VERSION;
        try {
            var recorded = Files.exists(record) ? Files.readString(record).strip() : null;
            if (!current.equals(recorded)) {
                Files.createDirectories(record.getParent());
                Files.writeString(record, current);
            }
            return recorded != null && !current.equals(recorded);
        } catch (IOException e) {
            log.warn("Cannot read or write {}: the index is not checked against the vocabulary", record, e);
            return false;
        }
    }

    boolean indexMissing() {
        var indexed = Search.session(entityManager)
                .search(Practice.class)
                .where(f -> f.matchAll())
                .fetchTotalHitCount();
        if (indexed > 0) {
            return false;
        }
        var published = entityManager
                .createQuery("select count(p) from Practice p where p.status = :status", Long.class)
                .setParameter("status", PracticeStatus.PUBLISHED)
                .getSingleResult();
        var pending = ((Number) entityManager
                        .createNativeQuery("select count(*) from hsearch_outbox_event")
                        .getSingleResult())
                .longValue();
        return published > 0 && pending == 0;
    }

    boolean eventsMissing() {
        var indexed = Search.session(entityManager)
                .search(Event.class)
                .where(f -> f.matchAll())
                .fetchTotalHitCount();
        if (indexed > 0) {
            return false;
        }
        // cancelled events are indexed too (unpublished), so any event counts
        var stored = entityManager
                .createQuery("select count(e) from Event e", Long.class)
                .getSingleResult();
        var pending = ((Number) entityManager
                        .createNativeQuery("select count(*) from hsearch_outbox_event")
                        .getSingleResult())
                .longValue();
        return stored > 0 && pending == 0;
    }
}
