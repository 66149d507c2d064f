package eu.praxis.discussion;

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
import org.jspecify.annotations.Nullable;

/** A reply in a {@link DiscussionThread}, referred to by id. */
@Entity
@Table(name = "discussion_reply")
public class Reply {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Version
    private int version;

    @Column(name = "thread_id", nullable = false)
    private long threadId;

    @Column(name = "author_id", nullable = false)
    private long authorId;

    @Column(name = "body_markdown", nullable = false)
    private String bodyMarkdown;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "edited_at")
    private @Nullable Instant editedAt;

    @Embedded
    private Moderation moderation = new Moderation();

    protected Reply() {
        this(0, 0, "", Instant.EPOCH);
    }

    Reply(long threadId, long authorId, String bodyMarkdown, Instant now) {
        this.threadId = threadId;
        this.authorId = authorId;
        this.bodyMarkdown = bodyMarkdown;
        this.createdAt = now;
    }

    /** The author or a moderator changes the reply; the edited mark shows from now on. */
    void edit(String newBody, Instant now) {
        bodyMarkdown = newBody;
        editedAt = now;
    }

    public Moderation getModeration() {
        return moderation;
    }

    public @Nullable Long getId() {
        return id;
    }

    public long getThreadId() {
        return threadId;
    }

    public long getAuthorId() {
        return authorId;
    }

    public String getBodyMarkdown() {
        return bodyMarkdown;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public @Nullable Instant getEditedAt() {
        return editedAt;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Reply other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return Reply.class.hashCode();
    }
}
