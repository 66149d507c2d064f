package eu.praxis.call;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An organisation's answer to a call, as its own people and the secretariat see it.
 *
 * @param personName who answered for the organisation
 * @param letterFileName the uploaded letter's name, null without one
 * @param submittedAt when it was sent, null for a draft (which only the organisation sees)
 */
public record AnswerItem(
        long id,
        long callId,
        long organisationId,
        String organisationName,
        String personName,
        String motivation,
        AnswerStatus status,
        @Nullable String letterFileName,
        @Nullable Instant submittedAt) {}
