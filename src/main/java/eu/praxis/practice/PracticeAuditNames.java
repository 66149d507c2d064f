package eu.praxis.practice;

import eu.praxis.base.AuditTargetNamesOf;
import org.springframework.stereotype.Component;

/** Names practices in the audit log by their titles, hidden and deleted ones included. */
@Component
class PracticeAuditNames extends AuditTargetNamesOf<Practice> {

    PracticeAuditNames(PracticeRepository practices) {
        super("practice", practices::findAllById, Practice::getId, Practice::getTitle);
    }
}
