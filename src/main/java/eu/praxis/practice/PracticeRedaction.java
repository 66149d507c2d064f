package eu.praxis.practice;

import eu.praxis.base.UserFacingException;
import eu.praxis.content.Moderation;
import eu.praxis.practice.PracticePolicy.Viewer;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.util.Locale;
import java.util.Objects;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Redaction (DD029): a moderator of a published practice ({@link PracticePolicy#mayRedact}: the secretariat, the leads
 * of a sharing group, never on their own) removes a passage of a text, a whole text or an attachment for good, with a
 * reason. A text is removed from the current version and from every stored revision, {@link #MARKER} standing in its
 * place; an attachment goes with its extracted text, and its name leaves the history. The search index follows the
 * current version, and with it the research API and the exports. The audit log records who redacted which field or
 * attachment, in how many stored revisions, and why: never the removed text, which no message or log names either.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional
public class PracticeRedaction {

    /** What stands where a text was removed: the same in every language, so that the stored text stays stable. */
    public static final String MARKER = "[redacted]";

    /** A passage or the whole field, as the audit log names it, with the refusal when there is nothing to remove. */
    private enum Scope {
        PASSAGE("passage", "practice.redaction.error.not-found"),
        FIELD("field", "practice.redaction.error.empty-field");

        final String name;
        final String nothingFound;

        Scope(String name, String nothingFound) {
            this.name = name;
            this.nothingFound = nothingFound;
        }
    }

    private final PracticePolicy policy;
    private final PracticeViewers viewers;
    private final PracticeAccess access;
    private final PracticeAttachments attachments;
    private final PracticeRevisions revisions;
    private final PracticeModerationLog moderationLog;
    private final EntityManager entityManager;
    private final Clock clock;

    PracticeRedaction(
            PracticePolicy policy,
            PracticeViewers viewers,
            PracticeAccess access,
            PracticeAttachments attachments,
            PracticeRevisions revisions,
            PracticeModerationLog moderationLog,
            EntityManager entityManager,
            Clock clock) {
        this.policy = policy;
        this.viewers = viewers;
        this.access = access;
        this.attachments = attachments;
        this.revisions = revisions;
        this.moderationLog = moderationLog;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /**
     * Replaces every occurrence of the passage (exactly as written, surrounding blanks aside) in the field, now and in
     * every stored revision; found in an older revision only (an editor already took it out), it is still removed
     * there.
     *
     * @return how many stored revisions it was removed from
     * @throws UserFacingException when the passage is blank or too long, the reason missing or repeating the passage,
     *     the passage found in no version of the field, or the field would outgrow its length with the marker
     */
    public int redactPassage(long practiceId, RedactableField field, String passage, String reason) {
        var viewer = viewers.current();
        var practice = redactable(practiceId, viewer);
        var removed = passage.strip();
        if (removed.isEmpty() || removed.length() > field.max()) {
            throw new UserFacingException("practice.redaction.error.passage");
        }
        var why = reasonWithout(reason, removed);
        return redactText(
                viewer, practice, field, text -> fitting(field, text.replace(removed, MARKER)), Scope.PASSAGE, why);
    }

    /**
     * Replaces the whole field by {@link #MARKER}, now and in every stored revision that has it.
     *
     * @return how many stored revisions it was removed from
     * @throws UserFacingException when the reason is missing or the field is empty in every version
     */
    public int redactField(long practiceId, RedactableField field, String reason) {
        var viewer = viewers.current();
        var practice = redactable(practiceId, viewer);
        var why = Objects.requireNonNull(Moderation.reason(reason, true));
        return redactText(viewer, practice, field, text -> MARKER, Scope.FIELD, why);
    }

    /**
     * Removes the attachment for good: its row and extracted text now (and so from the index), its content from the
     * file store after commit unless another row names the same content (DD029), and its file name from every stored
     * revision's list of attachments.
     *
     * @return how many stored revisions its name was removed from
     */
    public int redactAttachment(long attachmentId, String reason) {
        var viewer = viewers.current();
        var attachment = attachments.get(attachmentId);
        var practice = redactable(attachment.getPracticeId(), viewer);
        var fileName = attachment.getFileName();
        var why = reasonWithout(reason, fileName);
        attachments.remove(practice, attachment);
        var rewritten = revisions.rewriteAttachmentNames(
                attachment.getPracticeId(),
                names -> names.lines().map(n -> n.equals(fileName) ? MARKER : n).collect(Collectors.joining("\n")));
        revisions.giveReason(why);
        moderationLog.moderated(
                viewer, practice, "redact", why, "attachment=" + attachmentId + " revisions=" + rewritten);
        return rewritten;
    }

    private int redactText(
            Viewer viewer,
            Practice practice,
            RedactableField field,
            UnaryOperator<String> change,
            Scope scope,
            String why) {
        var id = Objects.requireNonNull(practice.getId());
        var current = practice.text(field);
        var redacted = current == null ? null : change.apply(current);
        var currentChanged = redacted != null && !redacted.equals(current);
        var rewritten = revisions.rewrite(id, field, change);
        if (!currentChanged && rewritten == 0) {
            throw new UserFacingException(scope.nothingFound);
        }
        if (currentChanged) {
            practice.redact(field, redacted, clock.instant());
            revisions.giveReason(why);
        }
        moderationLog.moderated(
                viewer,
                practice,
                "redact",
                why,
                "field=" + field.column() + " scope=" + scope.name + " revisions=" + rewritten);
        return rewritten;
    }

    /** Locked, so that a redaction and an edit or upload of the same practice happen one after the other. */
    private Practice redactable(long practiceId, Viewer viewer) {
        var practice = access.forModerator(practiceId, viewer, policy::mayRedact);
        entityManager.refresh(practice, LockModeType.PESSIMISTIC_WRITE);
        return practice;
    }

    /** A reason is required, and must not say again what is removed: it is kept in the history and the audit log. */
    private static String reasonWithout(@Nullable String reason, String removed) {
        var why = Objects.requireNonNull(Moderation.reason(reason, true));
        if (why.toLowerCase(Locale.ROOT).contains(removed.toLowerCase(Locale.ROOT))) {
            throw new UserFacingException("practice.redaction.error.reason-repeats");
        }
        return why;
    }

    private static String fitting(RedactableField field, String text) {
        if (text.length() > field.max()) {
            throw new UserFacingException("practice.redaction.error.too-long", field.max());
        }
        return text;
    }
}
