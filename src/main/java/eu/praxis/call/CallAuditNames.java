package eu.praxis.call;

import eu.praxis.base.AuditTargetNamesOf;
import org.springframework.stereotype.Component;

/** Names calls in the audit log by their titles; answers are audited on their call. */
@Component
class CallAuditNames extends AuditTargetNamesOf<Call> {

    CallAuditNames(CallRepository calls) {
        super("call", calls::findAllById, Call::getId, Call::getTitle);
    }
}
