package eu.praxis.security;

/**
 * A new authenticator key, not saved until a code confirms it.
 *
 * @param key the key in base32, in groups of four for typing it into an app
 * @param uri the {@code otpauth://} address for the QR code
 */
public record TwoFactorEnrolment(String key, String uri) {}
