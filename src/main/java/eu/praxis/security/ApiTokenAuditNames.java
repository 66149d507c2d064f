package eu.praxis.security;

import eu.praxis.base.AuditTargetNamesOf;
import org.springframework.stereotype.Component;

/** Names API tokens in the audit log by the label their owner gave them. */
@Component
class ApiTokenAuditNames extends AuditTargetNamesOf<ApiToken> {

    ApiTokenAuditNames(ApiTokenRepository tokens) {
        super("api-token", tokens::findAllById, ApiToken::getId, ApiToken::getLabel);
    }
}
