package eu.praxis.security;

import eu.praxis.base.UserFacingException;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Two-factor sign-in from the profile pages (DD024): a logged-in person sees, adds and removes their own second
 * factor; the secretariat sees anyone's and resets it (lost phone). Signing in with it is {@link SecondFactorSignIn}.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class TwoFactorService {

    public static final int REASON_MAX_LENGTH = 500;

    private final SecondFactors factors;
    private final TwoFactorRequirement requirement;
    private final PersonAccounts accounts;
    private final PasswordEncoder passwords;
    private final Sessions sessions;

    TwoFactorService(
            SecondFactors factors,
            TwoFactorRequirement requirement,
            PersonAccounts accounts,
            PasswordEncoder passwords,
            Sessions sessions) {
        this.factors = factors;
        this.requirement = requirement;
        this.accounts = accounts;
        this.passwords = passwords;
        this.sessions = sessions;
    }

    public TwoFactorStatus mine() {
        var user = CurrentUser.require();
        return factors.status(user.personId(), requirement.appliesTo(user));
    }

    @PreAuthorize("hasRole('" + Role.ADMIN_NAME + "')")
    public TwoFactorStatus of(long personId) {
        var required =
                accounts.activeAccount(personId).map(requirement::appliesTo).orElse(false);
        return factors.status(personId, required);
    }

    /** A new key for the current person's app; saved by {@link #confirmEnrolment} once a code matches. */
    public TwoFactorEnrolment startEnrolment() {
        return factors.newEnrolment(CurrentUser.require().email());
    }

    /** Saves the key and returns the recovery codes, to be shown once. */
    @Transactional
    public List<String> confirmEnrolment(String key, String code) {
        return factors.confirm(CurrentUser.require().personId(), key, code);
    }

    /**
     * Removes the current person's second factor, confirmed by their password or a current code. Refused to people
     * required to have one. A wrong confirmation counts like a wrong code at sign-in; the count is kept (and its audit
     * entry) although the refusal is an exception.
     */
    @Transactional(noRollbackFor = UserFacingException.class)
    public void removeMine(String passwordOrCode) {
        var user = CurrentUser.require();
        if (requirement.appliesTo(user)) {
            throw new UserFacingException("two-factor.error.required");
        }
        if (!passwordMatches(user.personId(), passwordOrCode)) {
            var check = factors.check(user.personId(), passwordOrCode);
            switch (check.outcome()) {
                case ACCEPTED, RECOVERY_CODE_ACCEPTED -> {}
                case BLOCKED -> throw new UserFacingException("two-factor.error.blocked");
                case EXPIRED -> throw new UserFacingException("two-factor.error.not-enrolled");
                default -> throw new UserFacingException("two-factor.error.confirmation");
            }
        }
        factors.remove(user.personId(), user.personId(), "second-factor.remove", null);
    }

    /**
     * The secretariat removes someone's second factor, e.g. after a lost phone, with a reason for the audit log. The
     * person's open sessions end; if they are required to have one, they enrol again at their next sign-in.
     */
    @Transactional
    @PreAuthorize("hasRole('" + Role.ADMIN_NAME + "')")
    public void reset(long personId, String reason) {
        var trimmed = reason.strip();
        if (trimmed.isEmpty() || trimmed.length() > REASON_MAX_LENGTH) {
            throw new UserFacingException("two-factor.error.reason", REASON_MAX_LENGTH);
        }
        factors.remove(personId, CurrentUser.require().personId(), "second-factor.reset", trimmed);
        sessions.endAllOf(personId);
    }

    private boolean passwordMatches(long personId, String password) {
        try {
            var hash = accounts.loadUserByPersonId(personId).getPassword();
            return hash != null && passwords.matches(password, hash);
        } catch (UsernameNotFoundException e) {
            return false;
        }
    }
}
