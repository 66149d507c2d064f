package eu.praxis.call;

import eu.praxis.practice.ThemeItem;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A call's page for the viewer: {@code bodyHtml} is rendered and sanitised. {@code myAnswer} is the viewer's
 * organisation's answer, sent or a draft, if it has one; {@code mayAnswer} (a new answer or the draft) and
 * {@code mayWithdraw} (the answer or the draft) say whether the form and the withdraw button make sense now (the
 * services check again); {@code mayAdminister}: the viewer edits and closes the call; {@code mayReview}: the viewer
 * sees the sent answers and decides on them (the secretariat, the lead organisation of the call's project);
 * {@code draft} is what the editor starts from.
 *
 * @param open answers are taken: not closed by the secretariat and the deadline not passed
 * @param groups names of the working groups the call is for, by id; empty: the whole network
 */
public record CallDetails(
        long id,
        int version,
        CallKind kind,
        String title,
        String bodyHtml,
        String eligibility,
        Instant deadline,
        ZoneId timeZone,
        boolean open,
        @Nullable Long projectId,
        @Nullable String projectAcronym,
        List<ThemeItem> themes,
        Map<Long, String> groups,
        @Nullable AnswerItem myAnswer,
        boolean mayAnswer,
        boolean mayWithdraw,
        boolean mayAdminister,
        boolean mayReview,
        CallDraft draft) {}
