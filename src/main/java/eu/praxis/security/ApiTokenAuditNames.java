package eu.praxis.security;

import eu.praxis.base.AuditTargetNames;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Names API tokens in the audit log by the label their owner gave them. */
@Component
@Transactional(readOnly = true)
class ApiTokenAuditNames implements AuditTargetNames {

    private final ApiTokenRepository tokens;

    ApiTokenAuditNames(ApiTokenRepository tokens) {
        this.tokens = tokens;
    }

    @Override
    public Set<String> targetTypes() {
        return Set.of("api-token");
    }

    @Override
    public Map<Long, String> names(String targetType, Collection<Long> ids) {
        return tokens.findAllById(ids).stream().collect(Collectors.toMap(ApiToken::getId, ApiToken::getLabel));
    }
}
