package eu.praxis.news;

import eu.praxis.base.AuditTargetNamesOf;
import org.springframework.stereotype.Component;

/** Names news items in the audit log by their titles. */
@Component
class NewsAuditNames extends AuditTargetNamesOf<NewsItem> {

    NewsAuditNames(NewsRepository news) {
        super("news", news::findAllById, NewsItem::getId, NewsItem::getTitle);
    }
}
