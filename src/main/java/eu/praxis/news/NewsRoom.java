package eu.praxis.news;

import eu.praxis.base.NotFoundException;
import eu.praxis.base.QueryIds;
import eu.praxis.base.files.Uploads;
import eu.praxis.discussion.MarkdownRenderer;
import eu.praxis.event.EventCalendar;
import eu.praxis.group.GroupDirectory;
import eu.praxis.member.MemberAccounts;
import eu.praxis.practice.ThemeService;
import eu.praxis.project.ProjectDirectory;
import eu.praxis.security.CurrentUser;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading news: the newest items the viewer reads ({@link NewsPolicy#maySee}), of the network and their groups or of
 * one group, and an item's page. An item the viewer may not read is "not found".
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class NewsRoom {

    static final int TEASER_LENGTH = 240;

    private static final Parser MARKDOWN = Parser.builder().build();
    private static final TextContentRenderer PLAIN_TEXT =
            TextContentRenderer.builder().build();

    private final NewsRepository news;
    private final NewsLookup lookup;
    private final NewsPolicy policy;
    private final GroupDirectory groups;
    private final MemberAccounts accounts;
    private final ThemeService themes;
    private final EventCalendar events;
    private final ProjectDirectory projects;
    private final MarkdownRenderer markdown;
    private final Uploads uploads;
    private final Clock clock;

    NewsRoom(
            NewsRepository news,
            NewsLookup lookup,
            NewsPolicy policy,
            GroupDirectory groups,
            MemberAccounts accounts,
            ThemeService themes,
            EventCalendar events,
            ProjectDirectory projects,
            MarkdownRenderer markdown,
            Uploads uploads,
            Clock clock) {
        this.news = news;
        this.lookup = lookup;
        this.policy = policy;
        this.groups = groups;
        this.accounts = accounts;
        this.themes = themes;
        this.events = events;
        this.projects = projects;
        this.markdown = markdown;
        this.uploads = uploads;
        this.clock = clock;
    }

    /**
     * The newest items the viewer reads, newest first; for writers also their items still to appear.
     *
     * @param groupId only this group's news; null for the network's and the viewer's groups'
     */
    public List<NewsListItem> newest(@Nullable Long groupId, int limit) {
        var viewer = CurrentUser.require();
        var mine = lookup.myGroupIds();
        var writable = viewer.isAdmin() ? mine.readable() : mine.led();
        var items = news.findVisible(
                        clock.instant(),
                        viewer.isAdmin(),
                        QueryIds.nonEmpty(mine.readable()),
                        QueryIds.nonEmpty(writable),
                        groupId,
                        PageRequest.of(0, Math.clamp(limit, 1, 200)))
                .getContent();
        var groupNames = groups.groupNames(groupIdsOf(items));
        var now = clock.instant();
        return items.stream().map(n -> listItem(n, groupNames, now)).toList();
    }

    private static NewsListItem listItem(NewsItem n, Map<Long, String> groupNames, Instant now) {
        return new NewsListItem(
                Objects.requireNonNull(n.getId()),
                n.getTitle(),
                teaser(n.getBodyMarkdown()),
                n.getLanguage(),
                n.getGroupId(),
                n.getGroupId() == null ? null : groupNames.get(n.getGroupId()),
                n.getPublishedAt(),
                !n.isPublished(now),
                n.getImageSha256() != null);
    }

    /**
     * The network's items published after {@code since} and by now, newest first: every member reads them (the
     * newsletter's news).
     */
    public List<NewsListItem> networkNewsSince(Instant since, int limit) {
        var now = clock.instant();
        return news.findNetworkNews(since, now, PageRequest.of(0, Math.clamp(limit, 1, 200))).stream()
                .map(n -> listItem(n, Map.of(), now))
                .toList();
    }

    /** @throws eu.praxis.base.NotFoundException when there is no such item or the viewer may not read it */
    public NewsDetails get(long id) {
        var viewer = CurrentUser.require();
        var mine = lookup.myGroupIds();
        var item = lookup.visible(id, viewer, mine);
        var groupId = item.getGroupId();
        var groupName =
                groupId == null ? null : groups.groupNames(Set.of(groupId)).get(groupId);
        var author = accounts.namesOf(Set.of(item.getAuthorId())).getOrDefault(item.getAuthorId(), "");
        var themeItems = new ArrayList<>(themes.items(item.getThemeIds()).values());
        return new NewsDetails(
                id,
                item.getVersion(),
                item.getTitle(),
                markdown.toHtml(item.getBodyMarkdown(), personId -> null),
                item.getLanguage(),
                groupId,
                groupName,
                item.getPublishedAt(),
                !item.isPublished(clock.instant()),
                author,
                themeItems,
                eventLink(item.getEventId()),
                projectLink(item.getProjectId()),
                item.getImageSha256() != null,
                policy.mayWrite(viewer, groupId, mine.led()),
                new NewsDraft(
                        item.getTitle(),
                        item.getBodyMarkdown(),
                        item.getLanguage(),
                        groupId,
                        item.getPublishedAt(),
                        item.getThemeIds(),
                        item.getEventId(),
                        item.getProjectId()));
    }

    /**
     * The item's image, for those who read the item.
     *
     * @throws eu.praxis.base.NotFoundException when the item has none or the viewer may not read it
     */
    public NewsImage image(long id) {
        var item = lookup.visible(id, CurrentUser.require(), lookup.myGroupIds());
        var sha256 = item.getImageSha256();
        if (sha256 == null) {
            throw new NotFoundException();
        }
        return new NewsImage(
                sha256,
                Objects.requireNonNull(item.getImageMediaType()),
                Objects.requireNonNullElse(item.getImageSize(), 0L));
    }

    /** The image's content, streamed outside any transaction; the caller found it through {@link #image}. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public InputStream openImage(NewsImage image) {
        return uploads.open(image.sha256());
    }

    /** Whether the viewer writes news of the network (the "Write news" button of the news page). */
    public boolean mayWriteNetworkNews() {
        return policy.mayWrite(CurrentUser.require(), null, Set.of());
    }

    /** Whether the viewer writes news of the group (the button of the group's news section). */
    public boolean mayWriteGroupNews(long groupId) {
        return policy.mayWrite(
                CurrentUser.require(), groupId, lookup.myGroupIds().led());
    }

    /** The groups the viewer may write news for: every group for the secretariat, those they lead for leads. */
    public Set<Long> groupsIWriteFor() {
        var viewer = CurrentUser.require();
        var mine = lookup.myGroupIds();
        return viewer.isAdmin() ? mine.readable() : mine.led();
    }

    private NewsDetails.@Nullable Link eventLink(@Nullable Long eventId) {
        if (eventId == null) {
            return null;
        }
        try {
            return new NewsDetails.Link(eventId, events.get(eventId).title());
        } catch (NotFoundException e) {
            // an event of a group the reader is not in: the item is still news to them, without the link
            return null;
        }
    }

    private NewsDetails.@Nullable Link projectLink(@Nullable Long projectId) {
        if (projectId == null) {
            return null;
        }
        var acronym = projects.acronyms(Set.of(projectId)).get(projectId);
        return acronym == null ? null : new NewsDetails.Link(projectId, acronym);
    }

    private static Collection<Long> groupIdsOf(List<NewsItem> items) {
        var ids = new HashSet<Long>();
        items.forEach(n -> {
            if (n.getGroupId() != null) {
                ids.add(n.getGroupId());
            }
        });
        return ids;
    }

    static String teaser(String markdown) {
        var text = PLAIN_TEXT.render(MARKDOWN.parse(markdown)).strip().replaceAll("\\s+", " ");
        return text.length() <= TEASER_LENGTH
                ? text
                : text.substring(0, TEASER_LENGTH - 1).stripTrailing() + "…";
    }
}
