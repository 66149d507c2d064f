package eu.praxis.group;

import eu.praxis.base.AuditedAction;
import eu.praxis.security.Viewer;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Every change to who is in a group, who leads it and what it is publishes an {@link AuditedAction} in the same
 * transaction: {@code member.admit}, {@code member.decline}, {@code member.add}, {@code member.remove},
 * {@code lead.appoint}, {@code lead.remove}, {@code group.archive}, {@code group.unarchive},
 * {@code group.researcher-visibility},
 * {@code group.publication-review}.
 */
@Component
class GroupAuditTrail {

    private final ApplicationEventPublisher events;
    private final Clock clock;

    GroupAuditTrail(ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /** Publishes the action {@code <subject>.<verb>}, e.g. {@code member.admit}, done by {@code actor}. */
    void record(
            Viewer actor,
            String subject,
            String verb,
            String targetType,
            long targetId,
            long groupId,
            @Nullable String reason) {
        events.publishEvent(new AuditedAction(
                actor.personId(), subject + "." + verb, targetType, targetId, groupId, reason, clock.instant()));
    }
}
