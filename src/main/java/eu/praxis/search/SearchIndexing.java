package eu.praxis.search;

import eu.praxis.content.ContentModerated;
import eu.praxis.discussion.DiscussionThread;
import eu.praxis.discussion.ReplyEdited;
import eu.praxis.discussion.ReplyPosted;
import eu.praxis.practice.Practice;
import eu.praxis.practice.PracticeAttachmentsChanged;
import eu.praxis.practice.PracticePublished;
import eu.praxis.practice.PracticeUpdated;
import jakarta.persistence.EntityManager;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps documents right when data they are built from changes without the indexed entity changing: a
 * practice's attachments, a thread's replies, the practice of a practice's thread. Entities refer to each other
 * by id, so Hibernate Search cannot see these links; the features' events say what changed. The listeners run
 * synchronously in the publisher's transaction, so the reindexing goes into the outbox with the change itself
 * (DD011) and is lost with it on a rollback.
 */
@Component
class SearchIndexing {

    private final EntityManager entityManager;

    SearchIndexing(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @EventListener
    void on(PracticeUpdated event) {
        reindexThreadOfPractice(event.practiceId());
    }

    @EventListener
    void on(PracticePublished event) {
        reindexThreadOfPractice(event.practiceId());
    }

    @EventListener
    void on(PracticeAttachmentsChanged event) {
        reindex(Practice.class, event.practiceId());
    }

    @EventListener
    void on(ReplyPosted event) {
        reindex(DiscussionThread.class, event.threadId());
    }

    /**
     * A hidden or deleted reply leaves its thread's text; a moderated thread reindexes itself; a practice's thread is
     * hidden and deleted with its practice.
     */
    @EventListener
    void on(ContentModerated event) {
        var threadId = event.threadId();
        if (threadId != null) {
            reindex(DiscussionThread.class, threadId);
        } else if ("practice".equals(event.targetType())) {
            reindexThreadOfPractice(event.targetId());
        }
    }

    @EventListener
    void on(ReplyEdited event) {
        reindex(DiscussionThread.class, event.threadId());
    }

    private void reindexThreadOfPractice(long practiceId) {
        entityManager
                .createQuery("select t from DiscussionThread t where t.practiceId = :id", DiscussionThread.class)
                .setParameter("id", practiceId)
                .getResultList()
                .forEach(t -> Search.session(entityManager).indexingPlan().addOrUpdate(t));
    }

    private void reindex(Class<?> type, long id) {
        var entity = entityManager.find(type, id);
        if (entity != null) {
            Search.session(entityManager).indexingPlan().addOrUpdate(entity);
        }
    }
}
