package eu.praxis.discussion;

import eu.praxis.base.UserFacingException;
import eu.praxis.content.Moderation;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.TypeBinderRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.TypeBinding;
import org.jspecify.annotations.Nullable;

/**
 * A discussion thread: a titled first post in a working group, followed by {@link Reply replies};
 * or the discussion of a practice ({@link #ofPractice}), which has replies only.
 * Refers to its group and author by id. {@code replyCount} and {@code lastActivityAt} are kept by
 * one atomic update per reply ({@code DiscussionThreadRepository.countReply}); {@code @DynamicUpdate}
 * makes an edit write only the columns it changed, so it neither overwrites a concurrent reply
 * count nor conflicts with it. Indexed for search with its replies by {@link ThreadIndexBinder}.
 */
@Entity
@Indexed
@TypeBinding(binder = @TypeBinderRef(type = ThreadIndexBinder.class))
@Table(name = "discussion_thread")
@DynamicUpdate
public class DiscussionThread {

    public static final int TITLE_MAX = 200;
    public static final int BODY_MAX = 20_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Version
    private int version;

    @Column(name = "group_id")
    private @Nullable Long groupId;

    /** The practice whose discussion this is (then group_id is null); one thread per practice. */
    @Column(name = "practice_id")
    private @Nullable Long practiceId;

    @Column(name = "title", nullable = false)
    private String title;

    @Column(name = "body_markdown", nullable = false)
    private String bodyMarkdown;

    @Column(name = "author_id", nullable = false)
    private long authorId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "edited_at")
    private @Nullable Instant editedAt;

    @Column(name = "last_activity_at", nullable = false)
    private Instant lastActivityAt;

    @Column(name = "reply_count", nullable = false)
    private int replyCount;

    /** Listed before the others. */
    @Column(name = "pinned", nullable = false)
    private boolean pinned;

    @Column(name = "locked", nullable = false)
    private boolean locked;

    @Embedded
    private Moderation moderation = new Moderation();

    protected DiscussionThread() {
        this(0, 0, "", "", Instant.EPOCH);
    }

    /** A new thread in a working group. */
    DiscussionThread(long groupId, long authorId, String title, String bodyMarkdown, Instant now) {
        this.groupId = groupId;
        this.authorId = authorId;
        this.title = title;
        this.bodyMarkdown = bodyMarkdown;
        this.createdAt = now;
        this.lastActivityAt = now;
    }

    /**
     * A practice's discussion, created with its first reply by that reply's author. It has no first
     * post of its own (the practice is what is discussed): the body stays empty and is never shown.
     */
    static DiscussionThread ofPractice(long practiceId, long authorId, String practiceTitle, Instant now) {
        var thread = new DiscussionThread(
                0,
                authorId,
                practiceTitle.length() > TITLE_MAX ? practiceTitle.substring(0, TITLE_MAX) : practiceTitle,
                "",
                now);
        thread.groupId = null;
        thread.practiceId = practiceId;
        return thread;
    }

    /** The author or a moderator changes the first post; the edited mark shows from now on. */
    void edit(String newTitle, String newBody, Instant now) {
        title = newTitle;
        bodyMarkdown = newBody;
        editedAt = now;
    }

    /** No more replies. */
    void lock() {
        if (locked) {
            throw new UserFacingException("discussion.error.already-locked");
        }
        locked = true;
    }

    void unlock() {
        if (!locked) {
            throw new UserFacingException("discussion.error.not-locked");
        }
        locked = false;
    }

    void pin() {
        if (pinned) {
            throw new UserFacingException("discussion.error.already-pinned");
        }
        pinned = true;
    }

    void unpin() {
        if (!pinned) {
            throw new UserFacingException("discussion.error.not-pinned");
        }
        pinned = false;
    }

    /** Moves a group's thread to another group; a practice's thread belongs to its practice. */
    void moveTo(long newGroupId) {
        if (groupId == null) {
            throw new UserFacingException("discussion.error.practice-thread");
        }
        if (groupId == newGroupId) {
            throw new UserFacingException("discussion.error.same-group");
        }
        groupId = newGroupId;
    }

    public Moderation getModeration() {
        return moderation;
    }

    public @Nullable Long getId() {
        return id;
    }

    public @Nullable Long getGroupId() {
        return groupId;
    }

    public @Nullable Long getPracticeId() {
        return practiceId;
    }

    public String getTitle() {
        return title;
    }

    public String getBodyMarkdown() {
        return bodyMarkdown;
    }

    public long getAuthorId() {
        return authorId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public @Nullable Instant getEditedAt() {
        return editedAt;
    }

    public Instant getLastActivityAt() {
        return lastActivityAt;
    }

    public int getReplyCount() {
        return replyCount;
    }

    public boolean isPinned() {
        return pinned;
    }

    public boolean isLocked() {
        return locked;
    }

    public boolean isHidden() {
        return moderation.isHidden();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DiscussionThread other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return DiscussionThread.class.hashCode();
    }
}
