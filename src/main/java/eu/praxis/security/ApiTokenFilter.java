package eu.praxis.security;

import eu.praxis.base.web.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Authorization: Bearer praxis_…}: finds the token, loads its owner as the login does (and refuses
 * them where the login would), applies the token's rate limit, and runs the request as that person, so that
 * every service applies the person's own permissions. Never logs the header.
 */
final class ApiTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final ApiTokens tokens;
    private final PersonAccounts accounts;
    private final ApiRateLimiter limiter;
    private final Problems problems;

    ApiTokenFilter(ApiTokens tokens, PersonAccounts accounts, ApiRateLimiter limiter, Problems problems) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.limiter = limiter;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            unauthorized(request, response, "api.problem.token-missing");
            return;
        }
        var use = tokens.use(header.substring(BEARER.length()).strip());
        if (use.isEmpty()) {
            unauthorized(request, response, "api.problem.token-invalid");
            return;
        }
        var account = accounts.activeAccount(use.get().personId());
        if (account.isEmpty()) {
            unauthorized(request, response, "api.problem.account-inactive");
            return;
        }
        var user = account.get();
        var wait = limiter.take(use.get().tokenId());
        if (wait.isPresent()) {
            var seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
            problems.write(request, response, HttpStatus.TOO_MANY_REQUESTS, "api.problem.rate-limited", seconds);
            return;
        }
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void unauthorized(HttpServletRequest request, HttpServletResponse response, String key) throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"praxis\"");
        problems.write(request, response, HttpStatus.UNAUTHORIZED, key);
    }
}
