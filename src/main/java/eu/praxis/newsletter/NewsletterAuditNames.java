package eu.praxis.newsletter;

import eu.praxis.base.AuditTargetNamesOf;
import org.springframework.stereotype.Component;

/** Names issues of the newsletter in the audit log by their subjects. */
@Component
class NewsletterAuditNames extends AuditTargetNamesOf<Newsletter> {

    NewsletterAuditNames(NewsletterRepository newsletters) {
        super("newsletter", newsletters::findAllById, Newsletter::getId, Newsletter::getSubject);
    }
}
