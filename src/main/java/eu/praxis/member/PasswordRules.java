package eu.praxis.member;

import eu.praxis.base.UserFacingException;

/**
 * Length is what makes a password strong (NIST SP 800-63B): at least 10 characters, no
 * composition rules, and nothing that is just the e-mail address.
 */
public final class PasswordRules {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;

    private PasswordRules() {}

    static void check(String password, String email) {
        if (password.length() < MIN_LENGTH) {
            throw new UserFacingException("member.error.password-short", MIN_LENGTH);
        }
        if (password.length() > MAX_LENGTH) {
            throw new UserFacingException("member.error.password-long", MAX_LENGTH);
        }
        if (password.trim().equalsIgnoreCase(email) || password.isBlank()) {
            throw new UserFacingException("member.error.password-weak");
        }
    }
}
