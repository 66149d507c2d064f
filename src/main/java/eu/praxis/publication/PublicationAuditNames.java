package eu.praxis.publication;

import eu.praxis.base.AuditTargetNamesOf;
import org.springframework.stereotype.Component;

/** Names publications in the audit log by their titles; their files are audited on them. */
@Component
class PublicationAuditNames extends AuditTargetNamesOf<Publication> {

    PublicationAuditNames(PublicationRepository publications) {
        super("publication", publications::findAllById, Publication::getId, Publication::getTitle);
    }
}
