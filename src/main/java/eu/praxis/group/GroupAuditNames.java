package eu.praxis.group;

import eu.praxis.base.AuditTargetNames;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Names working groups in the audit log, archived ones included. */
@Component
@Transactional(readOnly = true)
class GroupAuditNames implements AuditTargetNames {

    private final WorkingGroupRepository groups;

    GroupAuditNames(WorkingGroupRepository groups) {
        this.groups = groups;
    }

    @Override
    public Set<String> targetTypes() {
        return Set.of("group");
    }

    @Override
    public Map<Long, String> names(String targetType, Collection<Long> ids) {
        return groups.findAllById(ids).stream().collect(Collectors.toMap(WorkingGroup::getId, WorkingGroup::getName));
    }
}
