package eu.praxis.call;

import static eu.praxis.call.CallAdministration.audit;

import eu.praxis.base.NotFoundException;
import eu.praxis.base.TextInput;
import eu.praxis.base.UserFacingException;
import eu.praxis.base.files.Uploads;
import eu.praxis.security.CurrentUser;
import eu.praxis.security.Viewer;
import java.io.InputStream;
import java.time.Clock;
import java.util.Objects;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answering a call for one's organisation ({@link CallPolicy#mayAnswer}): the answer with its motivation, a letter
 * (PDF or office document, checked like every upload) and its withdrawal, all until the deadline; and the letter's
 * download for those who see the answer. Answers to one call are taken one at a time by locking the call's row, and
 * a unique key keeps one answer per organisation. Every change is audited on the call.
 *
 * <p>A letter's content stays in the file store when its answer is withdrawn or the letter replaced (DD028): the store is
 * shared by content hash with the practices' attachments, so the same file may be named there, and only a count of
 * references across the features could tell when it is no longer needed. An upload refused or rolled back leaves
 * nothing behind.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional
public class CallAnswering {

    /** What a letter may be: a PDF or a text document, as detected from its content. */
    static final Set<String> LETTER_TYPES = Set.of(
            "application/pdf",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.oasis.opendocument.text");

    private final CallAnswerRepository answers;
    private final CallLookup lookup;
    private final CallPolicy policy;
    private final Uploads uploads;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    CallAnswering(
            CallAnswerRepository answers,
            CallLookup lookup,
            CallPolicy policy,
            Uploads uploads,
            ApplicationEventPublisher publisher,
            Clock clock) {
        this.answers = answers;
        this.lookup = lookup;
        this.policy = policy;
        this.uploads = uploads;
        this.publisher = publisher;
        this.clock = clock;
    }

    /**
     * Keeps the organisation's answer as a draft, seen by its people only, and started now if it had none; the
     * motivation may still be empty. The person who started it is reminded before the deadline if it is not sent.
     *
     * @throws UserFacingException when the caller may not answer, the call is closed, the answer was sent already or
     *     the motivation is too long
     */
    public void saveDraft(long callId, String motivation) {
        var viewer = CurrentUser.require();
        answerable(callId, viewer);
        var text = TextInput.optional(motivation, CallAnswer.MOTIVATION_MAX, "call.error.motivation");
        draftOf(callId, viewer).redraft(text);
    }

    /**
     * Sends the organisation's answer with its motivation, its draft's letter with it: the secretariat sees it from
     * now on.
     *
     * @return the answer's id
     * @throws UserFacingException when the caller may not answer, the call is closed, the organisation has answered
     *     already or the motivation is missing or too long
     */
    public long answer(long callId, String motivation) {
        var viewer = CurrentUser.require();
        answerable(callId, viewer);
        var text = TextInput.required(motivation, CallAnswer.MOTIVATION_MAX, "call.error.motivation");
        var answer = draftOf(callId, viewer);
        answer.submit(text, clock.instant());
        audit(publisher, clock, "call.answer.submit", callId);
        return Objects.requireNonNull(answer.getId());
    }

    /**
     * Adds the letter to the organisation's answer, or replaces the one it has; refused like any upload (size,
     * content, name) and for anything but a PDF or a text document.
     *
     * @return the letter's name as kept
     */
    public String attachLetter(long callId, InputStream content, String fileName) {
        var viewer = CurrentUser.require();
        answerable(callId, viewer);
        var answer = mine(callId, viewer);
        var accepted = uploads.acceptForRow(content, fileName);
        if (!LETTER_TYPES.contains(accepted.mediaType())) {
            throw new UserFacingException("call.error.letter-type");
        }
        answer.attachLetter(accepted.sha256(), accepted.fileName(), accepted.mediaType(), accepted.size());
        audit(publisher, clock, "call.answer.letter", callId);
        return accepted.fileName();
    }

    /**
     * Withdraws the organisation's answer, or discards its draft, the letter with it; the organisation may answer again
     * until the deadline.
     */
    public void withdraw(long callId) {
        var viewer = CurrentUser.require();
        answerable(callId, viewer);
        var answer = mine(callId, viewer);
        answers.delete(answer);
        audit(publisher, clock, answer.isDraft() ? "call.answer.discard" : "call.answer.withdraw", callId);
    }

    /** @throws NotFoundException when there is no such letter or the caller may not see the answer */
    @Transactional(readOnly = true)
    public LetterDownload letter(long answerId) {
        var answer = withLetter(answerId);
        return new LetterDownload(
                Objects.requireNonNull(answer.getLetterFileName()),
                Objects.requireNonNull(answer.getLetterMediaType()),
                Objects.requireNonNull(answer.getLetterSize()));
    }

    /** The letter's bytes, checked again; the caller closes the stream. */
    @Transactional(readOnly = true)
    public InputStream openLetter(long answerId) {
        return uploads.open(Objects.requireNonNull(withLetter(answerId).getLetterSha256()));
    }

    private CallAnswer withLetter(long answerId) {
        var viewer = CurrentUser.require();
        var answer = answers.findById(answerId)
                .filter(a -> a.getLetterSha256() != null)
                .orElseThrow(NotFoundException::new);
        var call = lookup.visible(answer.getCallId(), viewer);
        if (!policy.maySeeAnswer(
                viewer, answer.getOrganisationId(), answer.isDraft(), lookup.mayReview(call, viewer))) {
            throw new NotFoundException();
        }
        return answer;
    }

    /** The call locked, if the caller may answer it now. */
    private Call answerable(long callId, Viewer viewer) {
        var call = lookup.lockedVisible(callId, viewer);
        if (!policy.mayAnswer(viewer)) {
            throw new UserFacingException("call.error.may-not-answer");
        }
        if (!call.isOpen(clock.instant())) {
            throw new UserFacingException("call.error.closed");
        }
        return call;
    }

    /** The organisation's draft, started now if it has no answer yet. */
    private CallAnswer draftOf(long callId, Viewer viewer) {
        var existing = answers.findByCallIdAndOrganisationId(callId, viewer.organisationId());
        if (existing.isPresent()) {
            if (!existing.get().isDraft()) {
                throw new UserFacingException("call.error.answered-already");
            }
            return existing.get();
        }
        var started = answers.save(new CallAnswer(callId, viewer.organisationId(), viewer.personId(), clock.instant()));
        audit(publisher, clock, "call.answer.start", callId);
        return started;
    }

    private CallAnswer mine(long callId, Viewer viewer) {
        return answers.findByCallIdAndOrganisationId(callId, viewer.organisationId())
                .orElseThrow(() -> new UserFacingException("call.error.not-answered"));
    }
}
