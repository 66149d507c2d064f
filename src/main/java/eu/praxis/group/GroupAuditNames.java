package eu.praxis.group;

import eu.praxis.base.AuditTargetNamesOf;
import org.springframework.stereotype.Component;

/** Names working groups in the audit log, archived ones included. */
@Component
class GroupAuditNames extends AuditTargetNamesOf<WorkingGroup> {

    GroupAuditNames(WorkingGroupRepository groups) {
        super("group", groups::findAllById, WorkingGroup::getId, WorkingGroup::getName);
    }
}
