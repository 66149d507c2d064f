package eu.praxis.discussion;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The text a thread's first post ({@code threadId}) or a reply ({@code replyId}) had before an edit,
 * who edited it and why (a moderator gives a reason; an author's own edit has none). Written once.
 */
@Entity
@Table(name = "post_revision")
public class PostRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "thread_id")
    private @Nullable Long threadId;

    @Column(name = "reply_id")
    private @Nullable Long replyId;

    /** The thread's title before the edit; null for a reply. */
    @Column(name = "title")
    private @Nullable String title;

    @Column(name = "body_markdown", nullable = false)
    private String bodyMarkdown;

    @Column(name = "editor_id", nullable = false)
    private long editorId;

    @Column(name = "reason")
    private @Nullable String reason;

    @Column(name = "edited_at", nullable = false)
    private Instant editedAt;

    protected PostRevision() {
        this.bodyMarkdown = "";
        this.editedAt = Instant.EPOCH;
    }

    static PostRevision ofThread(DiscussionThread thread, long editorId, @Nullable String reason, Instant now) {
        var revision = new PostRevision();
        revision.threadId = thread.getId();
        revision.title = thread.getTitle();
        revision.bodyMarkdown = thread.getBodyMarkdown();
        revision.editorId = editorId;
        revision.reason = reason;
        revision.editedAt = now;
        return revision;
    }

    static PostRevision ofReply(Reply reply, long editorId, @Nullable String reason, Instant now) {
        var revision = new PostRevision();
        revision.replyId = reply.getId();
        revision.bodyMarkdown = reply.getBodyMarkdown();
        revision.editorId = editorId;
        revision.reason = reason;
        revision.editedAt = now;
        return revision;
    }

    public @Nullable Long getId() {
        return id;
    }

    public @Nullable String getTitle() {
        return title;
    }

    public String getBodyMarkdown() {
        return bodyMarkdown;
    }

    public long getEditorId() {
        return editorId;
    }

    public @Nullable String getReason() {
        return reason;
    }

    public Instant getEditedAt() {
        return editedAt;
    }
}
