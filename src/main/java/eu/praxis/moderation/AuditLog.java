package eu.praxis.moderation;

import eu.praxis.base.AuditedAction;
import eu.praxis.member.PersonDisabled;
import eu.praxis.organisation.OrganisationSuspended;
import eu.praxis.security.CurrentUser;
import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the audit log. Synchronous listeners, not {@code @ApplicationModuleListener}: the entry is written in
 * the action's own transaction, so that an action and its entry commit or roll back together and no action
 * goes unrecorded (DD017). Two administration actions of other features that publish their own events are
 * recorded too, on behalf of the person who triggered them.
 */
@Component
class AuditLog {

    private final AuditEntryRepository entries;
    private final Clock clock;

    AuditLog(AuditEntryRepository entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    void on(AuditedAction action) {
        entries.save(new AuditEntry(action));
    }

    @EventListener
    @Transactional
    void on(OrganisationSuspended event) {
        record("organisation.suspend", "organisation", event.organisationId());
    }

    @EventListener
    @Transactional
    void on(PersonDisabled event) {
        record("person.disable", "person", event.personId());
    }

    private void record(String action, String targetType, long targetId) {
        var actor = CurrentUser.get().map(u -> u.personId()).orElse(0L);
        entries.save(
                new AuditEntry(new AuditedAction(actor, action, targetType, targetId, null, null, clock.instant())));
    }
}
