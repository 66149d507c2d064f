package eu.praxis.base;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * Names the things that {@link AuditedAction}s were done to, so that the audit log shows "Street lights" rather
 * than "thread #20" without depending on every feature: each feature names its own target types. Only the audit
 * log, which the secretariat alone reads, calls it; implementations therefore check no permission.
 */
public interface AuditTargetNames {

    /** The {@link AuditedAction#targetType()}s this feature names. */
    Set<String> targetTypes();

    /** Names by id of targets of one of {@link #targetTypes()}; targets that no longer exist are left out. */
    Map<Long, String> names(String targetType, Collection<Long> ids);
}
