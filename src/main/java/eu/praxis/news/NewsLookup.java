package eu.praxis.news;

import eu.praxis.base.NotFoundException;
import eu.praxis.group.GroupAccess;
import eu.praxis.group.MyGroupIds;
import eu.praxis.security.Viewer;
import java.time.Clock;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Finds an item for the services as the viewer may see or change it: one they may not see is "not found". */
@Component
class NewsLookup {

    private final NewsRepository news;
    private final GroupAccess groups;
    private final NewsPolicy policy;
    private final Clock clock;

    NewsLookup(NewsRepository news, GroupAccess groups, NewsPolicy policy, Clock clock) {
        this.news = news;
        this.groups = groups;
        this.policy = policy;
        this.clock = clock;
    }

    MyGroupIds myGroupIds() {
        return groups.myGroupIds();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    NewsItem visible(long id, Viewer viewer, MyGroupIds mine) {
        var item = news.findById(id).orElseThrow(NotFoundException::new);
        if (!policy.maySee(
                viewer, item.getGroupId(), item.getPublishedAt(), clock.instant(), mine.readable(), mine.led())) {
            throw new NotFoundException();
        }
        return item;
    }

    /**
     * @throws NotFoundException when the viewer may not see the item
     * @throws AccessDeniedException when they see it but may not change it
     */
    @Transactional(propagation = Propagation.MANDATORY)
    NewsItem writable(long id, Viewer viewer) {
        var mine = myGroupIds();
        var item = visible(id, viewer, mine);
        if (!policy.mayWrite(viewer, item.getGroupId(), mine.led())) {
            throw new AccessDeniedException("Only the secretariat and the group's leads change its news");
        }
        return item;
    }
}
