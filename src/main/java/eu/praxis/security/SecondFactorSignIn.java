package eu.praxis.security;

import eu.praxis.base.UserFacingException;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * The step between the password and the signed-in session (DD024). After the password, {@link #begin} decides whether
 * a second factor is needed; if so it keeps a {@link PendingSignIn} in the session instead of the login. The code page
 * or the enrolment page then works on that pending person only, and {@link #complete} signs them in. Methods take
 * the request so that the person is always the one this session's password step named, never one a caller chooses.
 */
@Component
public class SecondFactorSignIn {

    public static final String CODE_PATH = "sign-in/code";
    public static final String ENROL_PATH = "sign-in/enrol";

    private final SecondFactors factors;
    private final TwoFactorRequirement requirement;
    private final TwoFactorProperties properties;
    private final PersonAccounts accounts;
    private final Clock clock;

    SecondFactorSignIn(
            SecondFactors factors,
            TwoFactorRequirement requirement,
            TwoFactorProperties properties,
            PersonAccounts accounts,
            Clock clock) {
        this.factors = factors;
        this.requirement = requirement;
        this.properties = properties;
        this.accounts = accounts;
        this.clock = clock;
    }

    /**
     * Called once the password is accepted. Returns the page of the second step, having replaced the session's login
     * by a pending sign-in; or empty when this person signs in with the password alone.
     */
    Optional<String> begin(HttpServletRequest request, PraxisUser user, @Nullable String target) {
        var enrolled = factors.enrolled(user.personId());
        var mustEnrol = !enrolled && requirement.appliesTo(user);
        if (!enrolled && !mustEnrol) {
            return Optional.empty();
        }
        SecurityContextHolder.clearContext();
        var session = request.getSession();
        session.removeAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        session.setAttribute(
                PendingSignIn.SESSION_ATTRIBUTE,
                new PendingSignIn(user.personId(), user.email(), mustEnrol, clock.instant(), localPath(target), false));
        return Optional.of(mustEnrol ? ENROL_PATH : CODE_PATH);
    }

    /** This session's pending sign-in, unless it is older than {@code praxis.two-factor.sign-in-timeout}. */
    public Optional<PendingSignIn> pending(HttpServletRequest request) {
        var session = request.getSession(false);
        if (session == null || !(session.getAttribute(PendingSignIn.SESSION_ATTRIBUTE) instanceof PendingSignIn p)) {
            return Optional.empty();
        }
        if (p.passwordAt().plus(properties.signInTimeout()).isBefore(clock.instant())) {
            session.removeAttribute(PendingSignIn.SESSION_ATTRIBUTE);
            return Optional.empty();
        }
        return Optional.of(p);
    }

    /** Checks the pending person's code or recovery code; {@link #complete} signs them in once one is accepted. */
    public CodeCheck verify(HttpServletRequest request, String code) {
        var pending = pending(request).filter(p -> !p.mustEnrol());
        if (pending.isEmpty()) {
            return CodeCheck.of(CodeCheck.Outcome.EXPIRED);
        }
        var check = factors.check(pending.get().personId(), code);
        if (check.accepted()) {
            request.getSession()
                    .setAttribute(PendingSignIn.SESSION_ATTRIBUTE, pending.get().verifiedNow());
        }
        return check;
    }

    /** A key for the pending person who must enrol. */
    public TwoFactorEnrolment startEnrolment(HttpServletRequest request) {
        return factors.newEnrolment(requireMustEnrol(request).email());
    }

    /** Saves the pending person's key (confirmed by a code) and returns their recovery codes. */
    public List<String> confirmEnrolment(HttpServletRequest request, String key, String code) {
        var pending = requireMustEnrol(request);
        var codes = factors.confirm(pending.personId(), key, code);
        request.getSession().setAttribute(PendingSignIn.SESSION_ATTRIBUTE, pending.verifiedNow());
        return codes;
    }

    /**
     * Signs the pending person in, once {@link #verify} accepted a code or {@link #confirmEnrolment} saved their key:
     * the account is loaded again (a person disabled meanwhile is refused), the session gets a new id for its new
     * rights, and the page they first asked for is returned.
     *
     * @throws UserFacingException if there is nothing to complete or the account may no longer log in
     */
    public String complete(HttpServletRequest request) {
        var pending = pending(request)
                .filter(PendingSignIn::verified)
                .orElseThrow(() -> new UserFacingException("two-factor.error.expired"));
        var user = accounts.activeAccount(pending.personId())
                .orElseThrow(() -> new UserFacingException("two-factor.error.account"));
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        request.changeSessionId();
        var session = request.getSession();
        session.removeAttribute(PendingSignIn.SESSION_ATTRIBUTE);
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
        return pending.target();
    }

    /** Forgets the pending sign-in ("cancel"): the next page is the login again. */
    public void cancel(HttpServletRequest request) {
        var session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(PendingSignIn.SESSION_ATTRIBUTE);
        }
    }

    private PendingSignIn requireMustEnrol(HttpServletRequest request) {
        return pending(request)
                .filter(p -> p.mustEnrol() && !p.verified())
                .orElseThrow(() -> new UserFacingException("two-factor.error.expired"));
    }

    /** Only a path of this site: a saved request is absolute, and nothing from outside may choose where we go. */
    private static String localPath(@Nullable String target) {
        if (target == null) {
            return "/";
        }
        try {
            var uri = URI.create(target);
            var path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            if (!path.startsWith("/") || path.startsWith("//")) {
                return "/";
            }
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        } catch (IllegalArgumentException e) {
            return "/";
        }
    }
}
