package eu.praxis.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.RequestCache;

/**
 * What follows an accepted password on the login form: for a person with (or required to have) a second factor, the
 * code or enrolment page, the login itself taken back until then ({@link SecondFactorSignIn#begin}); for everyone
 * else Vaadin's usual handler, which goes to the page asked for before the login.
 */
final class SecondFactorStep implements AuthenticationSuccessHandler {

    private final SecondFactorSignIn signIn;
    private final Supplier<@Nullable RequestCache> requestCache;
    private final Supplier<AuthenticationSuccessHandler> otherwise;

    SecondFactorStep(
            SecondFactorSignIn signIn,
            Supplier<@Nullable RequestCache> requestCache,
            Supplier<AuthenticationSuccessHandler> otherwise) {
        this.signIn = signIn;
        this.requestCache = requestCache;
        this.otherwise = otherwise;
    }

    @Override
    public void onAuthenticationSuccess(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException, ServletException {
        if (authentication.getPrincipal() instanceof PraxisUser user) {
            var cache = requestCache.get();
            var saved = cache == null ? null : cache.getRequest(request, response);
            var next = signIn.begin(request, user, saved == null ? null : saved.getRedirectUrl());
            if (next.isPresent()) {
                if (cache != null) {
                    cache.removeRequest(request, response);
                }
                response.sendRedirect(request.getContextPath() + "/" + next.get());
                return;
            }
        }
        otherwise.get().onAuthenticationSuccess(request, response, authentication);
    }
}
