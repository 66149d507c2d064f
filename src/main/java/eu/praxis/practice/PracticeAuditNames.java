package eu.praxis.practice;

import eu.praxis.base.AuditTargetNames;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Names practices in the audit log by their titles, hidden and deleted ones included. */
@Component
@Transactional(readOnly = true)
class PracticeAuditNames implements AuditTargetNames {

    private final PracticeRepository practices;

    PracticeAuditNames(PracticeRepository practices) {
        this.practices = practices;
    }

    @Override
    public Set<String> targetTypes() {
        return Set.of("practice");
    }

    @Override
    public Map<Long, String> names(String targetType, Collection<Long> ids) {
        return practices.findAllById(ids).stream().collect(Collectors.toMap(Practice::getId, Practice::getTitle));
    }
}
