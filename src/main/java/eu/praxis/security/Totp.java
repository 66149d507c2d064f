package eu.praxis.security;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;

/**
 * Time-based one-time passwords as every authenticator app makes them (RFC 6238: HMAC-SHA1, 30-second steps, six
 * digits); the codes come from java-otp (DD024). A code is accepted for the step before and after the current one,
 * for clocks a little apart; the matching step is returned so that the caller can refuse a code used before.
 */
final class Totp {

    static final Duration STEP = TimeBasedOneTimePasswordGenerator.DEFAULT_TIME_STEP;
    static final int DIGITS = 6;
    /** 160 bits, the length of an HMAC-SHA1 output, as RFC 4226 recommends. */
    static final int KEY_BYTES = 20;

    private static final String ALGORITHM = TimeBasedOneTimePasswordGenerator.TOTP_ALGORITHM_HMAC_SHA1;
    private static final Pattern CODE = Pattern.compile("\\d{" + DIGITS + "}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private Totp() {}

    static byte[] newKey() {
        var key = new byte[KEY_BYTES];
        RANDOM.nextBytes(key);
        return key;
    }

    static boolean looksLikeCode(String input) {
        return CODE.matcher(input).matches();
    }

    static long stepAt(Instant instant) {
        return instant.getEpochSecond() / STEP.toSeconds();
    }

    /** The step within one of {@code now} whose code this is, if any. */
    static OptionalLong matchingStep(byte[] key, String code, Instant now) {
        var current = stepAt(now);
        for (long step = current - 1; step <= current + 1; step++) {
            if (MessageDigest.isEqual(
                    codeAt(key, step).getBytes(StandardCharsets.US_ASCII), code.getBytes(StandardCharsets.US_ASCII))) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    static String codeAt(byte[] key, long step) {
        try {
            return new TimeBasedOneTimePasswordGenerator(STEP, DIGITS, ALGORITHM)
                    .generateOneTimePasswordString(
                            new SecretKeySpec(key, ALGORITHM),
                            Instant.ofEpochSecond(step * STEP.toSeconds()),
                            Locale.ROOT);
        } catch (InvalidKeyException e) {
            throw new IllegalStateException("An HMAC accepts any key", e);
        }
    }

    /** The key as authenticator apps take it when typed in: base32 without padding. */
    static String base32(byte[] key) {
        return new Base32().encodeToString(key).replace("=", "");
    }

    static byte[] fromBase32(String text) {
        return new Base32().decode(text.replace(" ", "").toUpperCase(Locale.ROOT));
    }

    /** The address in the QR code (Google Authenticator's key URI format, understood by all the common apps). */
    static String uri(String issuer, String account, byte[] key) {
        var label = encode(issuer) + ":" + encode(account);
        return "otpauth://totp/" + label + "?secret=" + base32(key) + "&issuer=" + encode(issuer)
                + "&algorithm=SHA1&digits=" + DIGITS + "&period=" + STEP.toSeconds();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
