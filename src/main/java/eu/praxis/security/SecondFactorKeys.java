package eu.praxis.security;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Encrypts the authenticator keys kept in the database with AES-256-GCM under {@code praxis.two-factor.encryption-key},
 * so that a copy of the database alone gives no one the codes of the secretariat. The person's id is authenticated
 * with each key: a value copied into another person's row does not decrypt. Start-up policy (DD024): a malformed key,
 * or no key while someone is required to use a second factor, stops the application with this message; no key and
 * no requirement only switches enrolment off, with a warning.
 */
@Component
class SecondFactorKeys {

    private static final Logger LOG = LoggerFactory.getLogger(SecondFactorKeys.class);
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final String HOW = "set praxis.two-factor.encryption-key (PRAXIS_TWO_FACTOR_ENCRYPTION_KEY) to 32 "
            + "random bytes in base64, e.g. the output of: openssl rand -base64 32";

    private final SecureRandom random = new SecureRandom();
    private final @Nullable SecretKey key;

    SecondFactorKeys(TwoFactorProperties properties) {
        var configured = properties.encryptionKey();
        if (configured == null || configured.isBlank()) {
            if (!properties.requiredFor().isEmpty()) {
                throw new IllegalStateException("Two-factor sign-in is required for " + properties.requiredFor()
                        + " but has no encryption key: " + HOW);
            }
            LOG.warn("Two-factor sign-in is switched off: no encryption key; {}", HOW);
            key = null;
            return;
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(configured.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("praxis.two-factor.encryption-key is not base64: " + HOW, e);
        }
        if (bytes.length != 32) {
            throw new IllegalStateException(
                    "praxis.two-factor.encryption-key has " + bytes.length + " bytes, not 32: " + HOW);
        }
        key = new SecretKeySpec(bytes, "AES");
    }

    boolean available() {
        return key != null;
    }

    /** base64 of IV and cipher text (with its tag). */
    String encrypt(long personId, byte[] secret) {
        var iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            var cipher = cipher(Cipher.ENCRYPT_MODE, personId, iv);
            var sealed = cipher.doFinal(secret);
            return Base64.getEncoder()
                    .encodeToString(ByteBuffer.allocate(iv.length + sealed.length)
                            .put(iv)
                            .put(sealed)
                            .array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM failed", e);
        }
    }

    byte[] decrypt(long personId, String stored) {
        var bytes = Base64.getDecoder().decode(stored);
        try {
            var cipher = cipher(Cipher.DECRYPT_MODE, personId, Arrays.copyOf(bytes, IV_BYTES));
            return cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(
                    "The second factor of person " + personId + " does not decrypt with the "
                            + "configured key (was praxis.two-factor.encryption-key changed?)",
                    e);
        }
    }

    private Cipher cipher(int mode, long personId, byte[] iv) throws GeneralSecurityException {
        if (key == null) {
            throw new IllegalStateException("No encryption key for second factors");
        }
        var cipher = Cipher.getInstance(TRANSFORMATION);
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
        cipher.updateAAD(("person:" + personId).getBytes(StandardCharsets.US_ASCII));
        return cipher;
    }
}
