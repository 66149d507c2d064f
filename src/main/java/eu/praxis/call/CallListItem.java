package eu.praxis.call;

import java.time.Instant;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/**
 * A call as the directory lists it.
 *
 * @param open answers are taken (not closed by the secretariat, deadline not passed)
 * @param projectAcronym the acronym of the project it is for, if any
 * @param myAnswer the status of the viewer's organisation's answer, if it has answered
 */
public record CallListItem(
        long id,
        CallKind kind,
        String title,
        Instant deadline,
        ZoneId timeZone,
        boolean open,
        @Nullable String projectAcronym,
        @Nullable AnswerStatus myAnswer) {}
