package eu.praxis.organisation;

import eu.praxis.base.AuditTargetNames;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Names organisations in the audit log. */
@Component
@Transactional(readOnly = true)
class OrganisationAuditNames implements AuditTargetNames {

    private final OrganisationRepository organisations;

    OrganisationAuditNames(OrganisationRepository organisations) {
        this.organisations = organisations;
    }

    @Override
    public Set<String> targetTypes() {
        return Set.of("organisation");
    }

    @Override
    public Map<Long, String> names(String targetType, Collection<Long> ids) {
        return organisations.findSummariesByIdIn(ids).stream()
                .collect(Collectors.toMap(OrganisationSummary::id, OrganisationSummary::name));
    }
}
