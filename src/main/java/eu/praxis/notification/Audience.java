package eu.praxis.notification;

import eu.praxis.security.Viewer;
import java.util.Collection;
import java.util.Set;

/**
 * Who of some people may see a notification's subject, as the owning feature decides it for all of them at once
 * (e.g. {@code people -> threads.whoMaySee(threadId, people)}), inside the caller's transaction.
 */
@FunctionalInterface
public interface Audience {

    /** The ids of those of the people who may see the subject. */
    Set<Long> whoMaySee(Collection<Viewer> people);
}
