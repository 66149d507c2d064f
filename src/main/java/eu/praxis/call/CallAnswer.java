package eu.praxis.call;

import eu.praxis.base.BaseEntity;
import eu.praxis.base.UserFacingException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An organisation's answer to a call (an expression of interest): who answered, why, an optional letter in the file
 * store, and where the secretariat has put it. One per organisation and call. It may be kept as a draft before it is
 * sent; the person who started a draft is reminded once before the deadline.
 */
@Entity
@Table(name = "call_answer")
public class CallAnswer extends BaseEntity {

    public static final int MOTIVATION_MAX = 2000;

    @Version
    private int version;

    @Column(name = "call_id", nullable = false, updatable = false)
    private long callId;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private long organisationId;

    @Column(name = "person_id", nullable = false, updatable = false)
    private long personId;

    @Column(name = "motivation", nullable = false)
    private String motivation = "";

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private AnswerStatus status = AnswerStatus.DRAFT;

    @Column(name = "letter_sha256")
    private @Nullable String letterSha256;

    @Column(name = "letter_file_name")
    private @Nullable String letterFileName;

    @Column(name = "letter_media_type")
    private @Nullable String letterMediaType;

    @Column(name = "letter_size")
    private @Nullable Long letterSize;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt = Instant.EPOCH;

    @Column(name = "submitted_at")
    private @Nullable Instant submittedAt;

    @Column(name = "reminded_at")
    private @Nullable Instant remindedAt;

    @Column(name = "decided_at")
    private @Nullable Instant decidedAt;

    protected CallAnswer() {}

    /** A draft, started by the person for their organisation. */
    CallAnswer(long callId, long organisationId, long personId, Instant now) {
        this.callId = callId;
        this.organisationId = organisationId;
        this.personId = personId;
        this.startedAt = now;
    }

    /** Keeps the draft's motivation; a sent answer is not rewritten. */
    void redraft(String motivation) {
        if (status != AnswerStatus.DRAFT) {
            throw new UserFacingException("call.error.answered-already");
        }
        this.motivation = motivation;
    }

    /** Sends the draft with its final motivation: the secretariat sees it from now on. */
    void submit(String motivation, Instant now) {
        redraft(motivation);
        status = AnswerStatus.RECEIVED;
        submittedAt = now;
    }

    public boolean isDraft() {
        return status == AnswerStatus.DRAFT;
    }

    /** Adds the letter, or replaces the one the answer has. */
    void attachLetter(String sha256, String fileName, String mediaType, long size) {
        letterSha256 = sha256;
        letterFileName = fileName;
        letterMediaType = mediaType;
        letterSize = size;
    }

    /** The secretariat's decision; an answer goes back to {@code RECEIVED} only by being answered again. */
    boolean decide(AnswerStatus decision, Instant now) {
        if (decision == AnswerStatus.RECEIVED || decision == AnswerStatus.DRAFT || isDraft()) {
            throw new UserFacingException("call.error.decision");
        }
        if (status == decision) {
            return false;
        }
        status = decision;
        decidedAt = now;
        return true;
    }

    public long getCallId() {
        return callId;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public long getPersonId() {
        return personId;
    }

    public String getMotivation() {
        return motivation;
    }

    public AnswerStatus getStatus() {
        return status;
    }

    public @Nullable String getLetterSha256() {
        return letterSha256;
    }

    public @Nullable String getLetterFileName() {
        return letterFileName;
    }

    public @Nullable String getLetterMediaType() {
        return letterMediaType;
    }

    public @Nullable Long getLetterSize() {
        return letterSize;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    /** When it was sent; null for a draft. */
    public @Nullable Instant getSubmittedAt() {
        return submittedAt;
    }
}
