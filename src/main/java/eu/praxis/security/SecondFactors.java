package eu.praxis.security;

import eu.praxis.base.AuditedAction;
import eu.praxis.base.UserFacingException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enrolment, checking and removal of second factors, shared by the sign-in step ({@link SecondFactorSignIn}, before
 * anyone is logged in) and the profile pages ({@link TwoFactorService}); the callers say whose. Wrong codes are
 * counted per person in memory like wrong passwords (DD004): after {@code max-failures} the person is blocked for the
 * window, and the burst is written to the audit log once.
 */
@Component
class SecondFactors {

    static final int RECOVERY_CODES = 10;
    static final String ISSUER = "Praxis";
    static final String AUDIT_TARGET = "person";
    /** 12 characters of base32 (60 bits), shown as three groups of four. */
    private static final Pattern RECOVERY_CODE = Pattern.compile("[a-z2-7]{12}");

    private static final char[] RECOVERY_ALPHABET = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecondFactorRepository factors;
    private final RecoveryCodeRepository recoveryCodes;
    private final SecondFactorKeys keys;
    private final Throttle failures;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SecondFactors(
            SecondFactorRepository factors,
            RecoveryCodeRepository recoveryCodes,
            SecondFactorKeys keys,
            TwoFactorProperties properties,
            ApplicationEventPublisher events,
            Clock clock) {
        this.factors = factors;
        this.recoveryCodes = recoveryCodes;
        this.keys = keys;
        this.failures =
                new Throttle(properties.maxFailures(), properties.failureWindow(), properties.failureWindow(), clock);
        this.events = events;
        this.clock = clock;
    }

    boolean available() {
        return keys.available();
    }

    @Transactional(readOnly = true)
    boolean enrolled(long personId) {
        return factors.existsByPersonId(personId);
    }

    @Transactional(readOnly = true)
    TwoFactorStatus status(long personId, boolean required) {
        var factor = factors.findByPersonId(personId);
        return new TwoFactorStatus(
                keys.available(),
                required,
                factor.isPresent(),
                factor.map(SecondFactor::getEnrolledAt).orElse(null),
                factor.isPresent() ? recoveryCodes.countUnused(personId) : 0);
    }

    /** A fresh key for the person's authenticator app; nothing is saved before {@link #confirm}. */
    TwoFactorEnrolment newEnrolment(String account) {
        requireAvailable();
        var key = Totp.newKey();
        return new TwoFactorEnrolment(inGroups(Totp.base32(key), 4, " "), Totp.uri(ISSUER, account, key));
    }

    /**
     * Saves the key once the app shows a matching code, and returns the recovery codes (shown once, never again).
     *
     * @throws UserFacingException for a malformed or wrong code, a damaged key, or someone already enrolled
     */
    @Transactional
    List<String> confirm(long personId, String keyText, String code) {
        requireAvailable();
        if (factors.existsByPersonId(personId)) {
            throw new UserFacingException("two-factor.error.already-enrolled");
        }
        var typed = canonical(code);
        if (!Totp.looksLikeCode(typed)) {
            throw new UserFacingException("two-factor.error.code-format", Totp.DIGITS);
        }
        byte[] key;
        try {
            key = Totp.fromBase32(keyText);
        } catch (IllegalArgumentException e) {
            throw new UserFacingException("two-factor.error.key");
        }
        if (key.length != Totp.KEY_BYTES) {
            throw new UserFacingException("two-factor.error.key");
        }
        var now = clock.instant();
        var step = Totp.matchingStep(key, typed, now)
                .orElseThrow(() -> new UserFacingException("two-factor.error.code-wrong"));
        factors.save(new SecondFactor(personId, keys.encrypt(personId, key), now, step));
        var codes = new ArrayList<String>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            var recovery = newRecoveryCode();
            recoveryCodes.save(new RecoveryCode(personId, ApiTokens.hash(recovery)));
            codes.add(inGroups(recovery, 4, "-"));
        }
        audit(personId, personId, "second-factor.enrol", null);
        return List.copyOf(codes);
    }

    /** Checks a code from the app, or a recovery code, typed by the person (or someone with their password). */
    @Transactional
    CodeCheck check(long personId, String input) {
        var throttleKey = String.valueOf(personId);
        var blocked = failures.blockedUntil(throttleKey);
        if (blocked != null) {
            return new CodeCheck(CodeCheck.Outcome.BLOCKED, blocked, 0);
        }
        var factor = factors.findByPersonId(personId);
        if (factor.isEmpty()) {
            return CodeCheck.of(CodeCheck.Outcome.EXPIRED);
        }
        var typed = canonical(input);
        var now = clock.instant();
        if (Totp.looksLikeCode(typed)) {
            var step = Totp.matchingStep(keys.decrypt(personId, factor.get().getSecret()), typed, now);
            if (step.isEmpty()) {
                return failure(personId, throttleKey);
            }
            if (!factor.get().use(step.getAsLong())) {
                return CodeCheck.of(CodeCheck.Outcome.REUSED);
            }
            failures.clear(throttleKey);
            return CodeCheck.of(CodeCheck.Outcome.ACCEPTED);
        }
        if (RECOVERY_CODE.matcher(typed).matches()) {
            var code = recoveryCodes.findByPersonIdAndCodeHash(personId, ApiTokens.hash(typed));
            if (code.isEmpty()) {
                return failure(personId, throttleKey);
            }
            if (!code.get().use(now)) {
                return CodeCheck.of(CodeCheck.Outcome.REUSED);
            }
            failures.clear(throttleKey);
            audit(personId, personId, "second-factor.recovery-code", null);
            // the query flushes the code just used, so it is no longer counted
            return new CodeCheck(CodeCheck.Outcome.RECOVERY_CODE_ACCEPTED, null, recoveryCodes.countUnused(personId));
        }
        return CodeCheck.of(CodeCheck.Outcome.MALFORMED);
    }

    /** Forgets the person's second factor and recovery codes; {@code action} and {@code reason} go to the audit log. */
    @Transactional
    void remove(long personId, long actorId, String action, @Nullable String reason) {
        if (!factors.existsByPersonId(personId)) {
            throw new UserFacingException("two-factor.error.not-enrolled");
        }
        factors.deleteByPersonId(personId);
        recoveryCodes.deleteByPersonId(personId);
        audit(actorId, personId, action, reason);
    }

    @Scheduled(fixedDelayString = "PT5M")
    void forgetOldFailures() {
        failures.forgetOld();
    }

    private CodeCheck failure(long personId, String throttleKey) {
        failures.record(throttleKey);
        var blocked = failures.blockedUntil(throttleKey);
        if (blocked == null) {
            return CodeCheck.of(CodeCheck.Outcome.WRONG);
        }
        // Recording blocks at the limit and nothing is checked while blocked: this is the burst's one entry.
        audit(personId, personId, "second-factor.failures", null);
        return new CodeCheck(CodeCheck.Outcome.BLOCKED, blocked, 0);
    }

    private void audit(long actorId, long personId, String action, @Nullable String reason) {
        events.publishEvent(new AuditedAction(actorId, action, AUDIT_TARGET, personId, null, reason, clock.instant()));
    }

    private void requireAvailable() {
        if (!keys.available()) {
            throw new UserFacingException("two-factor.error.unavailable");
        }
    }

    private static String canonical(String input) {
        return input.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
    }

    private static String newRecoveryCode() {
        var code = new char[12];
        for (int i = 0; i < code.length; i++) {
            code[i] = RECOVERY_ALPHABET[RANDOM.nextInt(RECOVERY_ALPHABET.length)];
        }
        return new String(code);
    }

    private static String inGroups(String text, int size, String separator) {
        var grouped = new StringBuilder();
        for (int i = 0; i < text.length(); i += size) {
            if (i > 0) {
                grouped.append(separator);
            }
            grouped.append(text, i, Math.min(text.length(), i + size));
        }
        return grouped.toString();
    }
}
