package eu.praxis.news;

import eu.praxis.base.BaseEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A news item; see {@link NewsDraft} for what its fields mean. */
@Entity
@Table(name = "news_item")
public class NewsItem extends BaseEntity {

    public static final int TITLE_MAX = 200;
    public static final int BODY_MAX = 20_000;

    @Version
    private int version;

    @Column(name = "title", nullable = false)
    private String title = "";

    @Column(name = "body_markdown", nullable = false)
    private String bodyMarkdown = "";

    @Column(name = "language", nullable = false)
    private String language = "en";

    @Column(name = "group_id")
    private @Nullable Long groupId;

    @Column(name = "event_id")
    private @Nullable Long eventId;

    @Column(name = "project_id")
    private @Nullable Long projectId;

    @Column(name = "image_sha256")
    private @Nullable String imageSha256;

    @Column(name = "image_media_type")
    private @Nullable String imageMediaType;

    @Column(name = "image_size")
    private @Nullable Long imageSize;

    @Column(name = "author_id", nullable = false)
    private long authorId;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt = Instant.EPOCH;

    @ElementCollection
    @CollectionTable(name = "news_item_theme", joinColumns = @JoinColumn(name = "news_item_id"))
    @Column(name = "theme_id")
    private Set<Long> themeIds = new HashSet<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.EPOCH;

    protected NewsItem() {}

    NewsItem(NewsDraft draft, long authorId, Instant now) {
        this.authorId = authorId;
        this.groupId = draft.groupId();
        createdAt = now;
        apply(draft, now);
    }

    /** Takes the validated draft; the group stays what it was written for. */
    void apply(NewsDraft draft, Instant now) {
        title = draft.title();
        bodyMarkdown = draft.body();
        language = draft.language();
        eventId = draft.eventId();
        projectId = draft.projectId();
        publishedAt = draft.publishedAt() == null ? now : draft.publishedAt();
        themeIds.clear();
        themeIds.addAll(draft.themeIds());
        updatedAt = now;
    }

    /** @return the image it replaces, to be released, if any */
    @Nullable
    String setImage(String sha256, String mediaType, long size, Instant now) {
        var replaced = imageSha256;
        imageSha256 = sha256;
        imageMediaType = mediaType;
        imageSize = size;
        updatedAt = now;
        return replaced;
    }

    /** @return the image removed, to be released, if there was one */
    @Nullable
    String removeImage(Instant now) {
        var removed = imageSha256;
        imageSha256 = null;
        imageMediaType = null;
        imageSize = null;
        updatedAt = now;
        return removed;
    }

    boolean isPublished(Instant now) {
        return !publishedAt.isAfter(now);
    }

    public int getVersion() {
        return version;
    }

    public String getTitle() {
        return title;
    }

    public String getBodyMarkdown() {
        return bodyMarkdown;
    }

    public String getLanguage() {
        return language;
    }

    public @Nullable Long getGroupId() {
        return groupId;
    }

    public @Nullable Long getEventId() {
        return eventId;
    }

    public @Nullable Long getProjectId() {
        return projectId;
    }

    public @Nullable String getImageSha256() {
        return imageSha256;
    }

    public @Nullable String getImageMediaType() {
        return imageMediaType;
    }

    public @Nullable Long getImageSize() {
        return imageSize;
    }

    public long getAuthorId() {
        return authorId;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public Set<Long> getThemeIds() {
        return themeIds;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
