package eu.praxis.newsletter;

import eu.praxis.base.NotFoundException;
import eu.praxis.security.CurrentUser;
import java.util.List;
import java.util.Objects;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sent issues, for everyone who may log in: the newsletter only ever holds what the whole network reads. An issue
 * being sent or a draft is "not found" here.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class NewsletterArchive {

    private final NewsletterRepository newsletters;
    private final NewsletterEditions editions;
    private final MessageSource messages;

    NewsletterArchive(NewsletterRepository newsletters, NewsletterEditions editions, MessageSource messages) {
        this.newsletters = newsletters;
        this.editions = editions;
        this.messages = messages;
    }

    /** The sent issues, the newest first. */
    public List<NewsletterListItem> sent() {
        return newsletters.findByStatusOrderBySentAtDescIdDesc(NewsletterStatus.SENT).stream()
                .map(NewsletterOffice::listItem)
                .toList();
    }

    /** A sent issue as a reader in the viewer's language got it. */
    public NewsletterReading read(long id) {
        var issue = newsletters
                .findById(id)
                .filter(n -> n.getStatus() == NewsletterStatus.SENT)
                .orElseThrow(NotFoundException::new);
        var language = CurrentUser.require().language();
        var text = editions.text(issue.getIntro(), issue.entries(), language)
                .replace(
                        NewsletterEditions.UNSUBSCRIBE, messages.getMessage("newsletter.archive.link", null, language));
        return new NewsletterReading(id, issue.getSubject(), Objects.requireNonNull(issue.getSentAt()), text);
    }
}
