package eu.praxis.organisation;

import eu.praxis.base.AuditTargetNamesOf;
import org.springframework.stereotype.Component;

/** Names organisations in the audit log. */
@Component
class OrganisationAuditNames extends AuditTargetNamesOf<OrganisationSummary> {

    OrganisationAuditNames(OrganisationRepository organisations) {
        super("organisation", organisations::findSummariesByIdIn, OrganisationSummary::id, OrganisationSummary::name);
    }
}
