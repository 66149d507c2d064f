package eu.praxis.member;

import eu.praxis.base.AuditedAction;
import eu.praxis.security.CurrentUser;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Publishes the secretariat's actions on accounts and applications for the audit log, in the action's transaction. */
@Component
class MemberAudit {

    static final String PERSON = "person";
    static final String APPLICATION = "application";

    private final ApplicationEventPublisher events;
    private final Clock clock;

    MemberAudit(ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /** The actor is the current user, or the system (0) for the invitation of the first admin at start-up. */
    void record(String action, String targetType, long targetId, @Nullable String reason) {
        var actor = CurrentUser.get().map(u -> u.personId()).orElse(0L);
        events.publishEvent(new AuditedAction(actor, action, targetType, targetId, null, reason, clock.instant()));
    }
}
