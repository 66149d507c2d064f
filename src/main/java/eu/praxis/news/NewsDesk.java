package eu.praxis.news;

import eu.praxis.base.AuditedAction;
import eu.praxis.base.NotFoundException;
import eu.praxis.base.TextInput;
import eu.praxis.base.UserFacingException;
import eu.praxis.base.files.Uploads;
import eu.praxis.event.EventCalendar;
import eu.praxis.group.GroupDirectory;
import eu.praxis.practice.PracticeLanguages;
import eu.praxis.practice.ThemeService;
import eu.praxis.project.ProjectDirectory;
import eu.praxis.security.CurrentUser;
import eu.praxis.security.Viewer;
import java.io.InputStream;
import java.time.Clock;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing news ({@link NewsPolicy#mayWrite}): the secretariat for the network and any group, leads for their group.
 * An item is checked as a whole and refused with a message for the first thing wrong; every change is in the audit
 * log ({@code news.publish}, {@code news.change}, {@code news.delete}, {@code news.image}).
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional
public class NewsDesk {

    private static final String IMAGE_TYPES = "image/";

    private final NewsRepository news;
    private final NewsLookup lookup;
    private final NewsPolicy policy;
    private final GroupDirectory groups;
    private final ThemeService themes;
    private final EventCalendar events;
    private final ProjectDirectory projects;
    private final Uploads uploads;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    NewsDesk(
            NewsRepository news,
            NewsLookup lookup,
            NewsPolicy policy,
            GroupDirectory groups,
            ThemeService themes,
            EventCalendar events,
            ProjectDirectory projects,
            Uploads uploads,
            ApplicationEventPublisher publisher,
            Clock clock) {
        this.news = news;
        this.lookup = lookup;
        this.policy = policy;
        this.groups = groups;
        this.themes = themes;
        this.events = events;
        this.projects = projects;
        this.uploads = uploads;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** @return the new item's id */
    public long write(NewsDraft draft) {
        var viewer = CurrentUser.require();
        requireWriter(viewer, draft.groupId());
        var item = news.save(new NewsItem(validated(draft), viewer.personId(), clock.instant()));
        var id = Objects.requireNonNull(item.getId());
        audit(viewer, "news.publish", id, item.getGroupId());
        return id;
    }

    /**
     * Changes the item; its group stays the one it was written for.
     *
     * @param expectedVersion the version the editor started from; a change made meanwhile is not overwritten
     */
    public void update(long id, NewsDraft draft, int expectedVersion) {
        var viewer = CurrentUser.require();
        var item = lookup.writable(id, viewer);
        if (item.getVersion() != expectedVersion) {
            throw new UserFacingException("news.error.changed-meanwhile");
        }
        item.apply(validated(draft), clock.instant());
        audit(viewer, "news.change", id, item.getGroupId());
    }

    public void delete(long id) {
        var viewer = CurrentUser.require();
        var item = lookup.writable(id, viewer);
        var image = item.getImageSha256();
        news.delete(item);
        if (image != null) {
            news.flush();
            uploads.releaseAfterCommit(image);
        }
        audit(viewer, "news.delete", id, item.getGroupId());
    }

    /**
     * Gives the item an image (PNG or JPEG, checked like every upload), replacing the one it had.
     *
     * @return the file name kept
     */
    public String attachImage(long id, InputStream content, String fileName) {
        var viewer = CurrentUser.require();
        var item = lookup.writable(id, viewer);
        var accepted = uploads.acceptForRow(content, fileName);
        if (!accepted.mediaType().startsWith(IMAGE_TYPES)) {
            // thrown inside the transaction: the content this upload created goes with the rollback
            throw new UserFacingException("news.error.image-type");
        }
        var replaced = item.setImage(accepted.sha256(), accepted.mediaType(), accepted.size(), clock.instant());
        if (replaced != null && !replaced.equals(accepted.sha256())) {
            news.flush();
            uploads.releaseAfterCommit(replaced);
        }
        audit(viewer, "news.image", id, item.getGroupId());
        return accepted.fileName();
    }

    public void removeImage(long id) {
        var viewer = CurrentUser.require();
        var item = lookup.writable(id, viewer);
        var removed = item.removeImage(clock.instant());
        if (removed != null) {
            news.flush();
            uploads.releaseAfterCommit(removed);
            audit(viewer, "news.image", id, item.getGroupId());
        }
    }

    private void requireWriter(Viewer viewer, @Nullable Long groupId) {
        if (!policy.mayWrite(viewer, groupId, lookup.myGroupIds().led())) {
            throw new AccessDeniedException("Only the secretariat writes the network's news, and leads their group's");
        }
    }

    /** The draft with its texts trimmed, or a refusal naming the first thing wrong. */
    private NewsDraft validated(NewsDraft draft) {
        var title = TextInput.required(draft.title(), NewsItem.TITLE_MAX, "news.error.title");
        var body = TextInput.required(draft.body(), NewsItem.BODY_MAX, "news.error.body");
        if (!PracticeLanguages.isValid(draft.language())) {
            throw new UserFacingException("news.error.language");
        }
        if (draft.groupId() != null
                && groups.groupNames(Set.of(draft.groupId())).isEmpty()) {
            throw new UserFacingException("news.error.unknown-group");
        }
        if (themes.items(draft.themeIds()).size() != draft.themeIds().size()) {
            throw new UserFacingException("news.error.unknown-theme");
        }
        if (draft.eventId() != null) {
            try {
                events.get(draft.eventId());
            } catch (NotFoundException e) {
                throw new UserFacingException("news.error.unknown-event");
            }
        }
        if (draft.projectId() != null
                && projects.acronyms(Set.of(draft.projectId())).isEmpty()) {
            throw new UserFacingException("news.error.unknown-project");
        }
        return new NewsDraft(
                title,
                body,
                draft.language(),
                draft.groupId(),
                draft.publishedAt(),
                draft.themeIds(),
                draft.eventId(),
                draft.projectId());
    }

    private void audit(Viewer viewer, String action, long id, @Nullable Long groupId) {
        publisher.publishEvent(
                new AuditedAction(viewer.personId(), action, "news", id, groupId, null, clock.instant()));
    }
}
