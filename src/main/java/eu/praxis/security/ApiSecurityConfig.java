package eu.praxis.security;

import eu.praxis.base.web.Problems;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The research API under {@code /api/**}: its own stateless chain, before the Vaadin one, where only a
 * personal token ({@link ApiTokenFilter}) logs in. No session is created or read and there is no CSRF
 * protection, because no cookie is involved. Paths below {@code /api} that a feature declares as
 * {@link MembersOnlyPaths} (the API's documentation) are left to the session chain instead.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfig {

    static final String API_PATHS = "/api/**";

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain apiFilterChain(
            HttpSecurity http,
            ApiTokens tokens,
            PersonAccounts accounts,
            ApiRateLimiter limiter,
            Problems problems,
            List<MembersOnlyPaths> membersOnlyPaths)
            throws Exception {
        RequestMatcher api = PathPatternRequestMatcher.withDefaults().matcher(API_PATHS);
        var sessionPaths = membersOnlyPaths.stream()
                .flatMap(paths -> paths.patterns().stream())
                .map(pattern -> (RequestMatcher)
                        PathPatternRequestMatcher.withDefaults().matcher(pattern))
                .toList();
        if (!sessionPaths.isEmpty()) {
            api = new AndRequestMatcher(api, new NegatedRequestMatcher(new OrRequestMatcher(sessionPaths)));
        }
        http.securityMatcher(api)
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .anonymous(anonymous -> anonymous.disable())
                .formLogin(login -> login.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable())
                .addFilterBefore(new ApiTokenFilter(tokens, accounts, limiter, problems), AuthorizationFilter.class)
                .exceptionHandling(errors -> errors.authenticationEntryPoint((request, response, e) -> {
                            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"praxis\"");
                            problems.write(request, response, HttpStatus.UNAUTHORIZED, "api.problem.token-missing");
                        })
                        .accessDeniedHandler((request, response, e) ->
                                problems.write(request, response, HttpStatus.FORBIDDEN, "api.problem.forbidden")))
                // The same values as SecurityHeadersFilter, which has already set them on every response.
                .headers(headers -> headers.frameOptions(frame -> frame.deny())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }
}
