package eu.praxis.call;

import static eu.praxis.call.CallAdministration.audit;

import eu.praxis.base.CsvCells;
import eu.praxis.base.NotFoundException;
import eu.praxis.security.CurrentUser;
import java.io.OutputStream;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The secretariat, and for a project's call its lead organisation, review the answers to a call
 * ({@link CallPolicy#mayReview}): all the sent ones, in the order they came, shortlist, accept or decline each
 * ({@code call.answer.shortlisted}, {@code call.answer.accepted}, {@code call.answer.declined} in the audit log) and
 * export them.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class CallReview {

    private final CallAnswerRepository answers;
    private final CallLookup lookup;
    private final CallReadModels readModels;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    CallReview(
            CallAnswerRepository answers,
            CallLookup lookup,
            CallReadModels readModels,
            ApplicationEventPublisher publisher,
            Clock clock) {
        this.answers = answers;
        this.lookup = lookup;
        this.readModels = readModels;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** The call's answers as sent, first come first; drafts are their organisations' own. */
    public List<AnswerItem> answers(long callId) {
        lookup.reviewable(callId, CurrentUser.require());
        return readModels.items(answers.findByCallIdAndStatusNotOrderBySubmittedAtAscIdAsc(callId, AnswerStatus.DRAFT));
    }

    /**
     * Shortlists, accepts or declines the answer, also after the deadline; deciding what it already is changes
     * nothing.
     *
     * @throws eu.praxis.base.UserFacingException for {@code RECEIVED}, which is where answers start
     */
    @Transactional
    public void decide(long answerId, AnswerStatus decision) {
        var answer = answers.findById(answerId).filter(a -> !a.isDraft()).orElseThrow(NotFoundException::new);
        lookup.reviewable(answer.getCallId(), CurrentUser.require());
        if (answer.decide(decision, clock.instant())) {
            audit(publisher, clock, "call.answer." + decision.name().toLowerCase(Locale.ROOT), answer.getCallId());
        }
    }

    /** The answers as CSV (UTF-8, header row), written to {@code out} row by row. */
    public void exportAnswers(long callId, OutputStream out) {
        var rows = answers(callId);
        CsvCells.write(
                out, List.of("organisation", "person", "motivation", "letter", "status", "submitted_at"), csv -> {
                    for (var row : rows) {
                        csv.printRecord(
                                CsvCells.safe(row.organisationName()),
                                CsvCells.safe(row.personName()),
                                CsvCells.safe(row.motivation()),
                                CsvCells.safe(row.letterFileName()),
                                row.status().name(),
                                Objects.toString(row.submittedAt(), ""));
                    }
                });
    }
}
