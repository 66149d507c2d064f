package eu.praxis.security;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The answer to a code typed at sign-in. Not an exception: a wrong code must still commit what it caused (the audit
 * entry of a burst of failures).
 *
 * @param retryAfter when a blocked person may try again
 * @param recoveryCodesLeft after {@link Outcome#RECOVERY_CODE_ACCEPTED}, how many remain
 */
public record CodeCheck(Outcome outcome, @Nullable Instant retryAfter, int recoveryCodesLeft) {

    public enum Outcome {
        ACCEPTED,
        RECOVERY_CODE_ACCEPTED,
        /** Neither a current code nor an unused recovery code; counted towards the block. */
        WRONG,
        /** A code (or recovery code) that was accepted before; not counted, the person may simply wait for the next. */
        REUSED,
        /** Neither six digits nor the shape of a recovery code; not counted. */
        MALFORMED,
        /** Too many wrong codes: no code is checked until {@code retryAfter}. */
        BLOCKED,
        /** The password step is too old, or the second factor was reset meanwhile: sign in again. */
        EXPIRED
    }

    static CodeCheck of(Outcome outcome) {
        return new CodeCheck(outcome, null, 0);
    }

    public boolean accepted() {
        return outcome == Outcome.ACCEPTED || outcome == Outcome.RECOVERY_CODE_ACCEPTED;
    }
}
