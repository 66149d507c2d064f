package eu.praxis.security;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.security.InvalidKeyException;
import java.time.Instant;
import java.util.Locale;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;

/**
 * What a phone's authenticator app does with the key shown at enrolment, written independently of {@link Totp}: the
 * codes of RFC 6238 from the typed key, through java-otp.
 */
public record AuthenticatorApp(String key) {

    private static final TimeBasedOneTimePasswordGenerator TOTP = new TimeBasedOneTimePasswordGenerator();

    /** The code for the 30-second step {@code offset} steps after the one of {@code now}. */
    public String code(Instant now, int offset) {
        var secret = new SecretKeySpec(new Base32().decode(key.replace(" ", "")), "HmacSHA1");
        try {
            return TOTP.generateOneTimePasswordString(
                    secret, now.plus(TOTP.getTimeStep().multipliedBy(offset)), Locale.ROOT);
        } catch (InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    public String code(Instant now) {
        return code(now, 0);
    }
}
