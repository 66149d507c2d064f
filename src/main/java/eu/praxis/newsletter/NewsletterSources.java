package eu.praxis.newsletter;

import eu.praxis.call.CallBoard;
import eu.praxis.call.CallPaths;
import eu.praxis.event.EventCalendar;
import eu.praxis.event.EventPaths;
import eu.praxis.news.NewsPaths;
import eu.praxis.news.NewsRoom;
import eu.praxis.practice.PracticeLibrary;
import eu.praxis.practice.PracticePaths;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Collects what an issue offers: what every member reads, whatever their groups, as the features answer it (the
 * network's news since the last issue, the network's events of the coming weeks, practices shared with the whole
 * network since the last issue, the open calls for the whole network). Group content stays out: the newsletter goes
 * to everyone. Events and calls carry no language (yet): their titles are shown as written.
 */
@Component
class NewsletterSources {

    private static final int PER_SECTION = 30;

    private final NewsRoom news;
    private final EventCalendar events;
    private final PracticeLibrary practices;
    private final CallBoard calls;

    NewsletterSources(NewsRoom news, EventCalendar events, PracticeLibrary practices, CallBoard calls) {
        this.news = news;
        this.events = events;
        this.practices = practices;
        this.calls = calls;
    }

    /** Every item, section by section (in the order of {@link NewsletterSection}). */
    List<NewsletterItem> collect(Instant since, Instant agendaUntil) {
        var items = new ArrayList<NewsletterItem>();
        news.networkNewsSince(since, PER_SECTION)
                .forEach(n -> items.add(new NewsletterItem(
                        NewsletterSection.NEWS,
                        n.title(),
                        NewsPaths.item(n.id()),
                        n.language(),
                        n.publishedAt(),
                        n.teaser())));
        events.networkAgenda(agendaUntil, PER_SECTION)
                .forEach(e -> items.add(new NewsletterItem(
                        NewsletterSection.AGENDA,
                        e.title(),
                        EventPaths.event(e.id()),
                        NewsletterItem.UNKNOWN_LANGUAGE,
                        e.startsAt(),
                        e.place() == null ? "" : e.place())));
        practices
                .sharedWithNetworkSince(since, PER_SECTION)
                .forEach(p -> items.add(new NewsletterItem(
                        NewsletterSection.PRACTICES,
                        p.title(),
                        PracticePaths.practice(p.id(), p.slug()),
                        p.language(),
                        p.publishedAt(),
                        p.organisationName() + " – " + p.summary())));
        calls.openToNetwork().stream()
                .limit(PER_SECTION)
                .forEach(c -> items.add(new NewsletterItem(
                        NewsletterSection.CALLS,
                        c.title(),
                        CallPaths.call(c.id()),
                        NewsletterItem.UNKNOWN_LANGUAGE,
                        c.deadline(),
                        "")));
        return items;
    }
}
