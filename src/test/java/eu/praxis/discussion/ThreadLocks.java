package eu.praxis.discussion;

import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Locks a thread for tests of other packages (views): locking is a moderation action that has no
 * service method yet, and the repository is internal to this package.
 */
public final class ThreadLocks {

    private ThreadLocks() {
    }

    public static void lock(ApplicationContext context, long threadId) {
        var threads = context.getBean(DiscussionThreadRepository.class);
        context.getBean(TransactionTemplate.class)
                .executeWithoutResult(status -> threads.findById(threadId).orElseThrow().lock());
    }
}
