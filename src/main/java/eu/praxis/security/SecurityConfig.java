package eu.praxis.security;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSavedRequestAwareAuthenticationSuccessHandler;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import eu.praxis.security.ui.LoginView;
import java.time.Clock;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Form login through the Vaadin login view; every view and request needs login unless it says
 * {@code @AnonymousAllowed}. Method security is on so that services enforce permissions
 * themselves. A session registry lets the application end the sessions of a person who is
 * disabled or whose organisation is suspended. After the password, a person with a second factor (or required to
 * have one) goes through {@link SecondFactorStep} before the login counts (DD024).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            AuthenticationManager authenticationManager,
            SessionRegistry sessionRegistry,
            List<MembersOnlyPaths> membersOnlyPaths,
            List<PublicPaths> publicPaths,
            RequestUtil vaadinRequests,
            SecondFactorSignIn secondFactor)
            throws Exception {
        // Before Vaadin's rules, whose catch-all denies every path that is not a Vaadin view or resource.
        var open = matchers(
                publicPaths.stream().flatMap(paths -> paths.patterns().stream()).toList());
        if (!open.isEmpty()) {
            http.authorizeHttpRequests(requests -> requests.requestMatchers(open.toArray(RequestMatcher[]::new))
                    .permitAll());
        }
        var membersOnly = matchers(membersOnlyPaths.stream()
                .flatMap(paths -> paths.patterns().stream())
                .toList());
        if (!membersOnly.isEmpty()) {
            http.authorizeHttpRequests(requests -> requests.requestMatchers(membersOnly.toArray(RequestMatcher[]::new))
                    .authenticated());
        }
        // Vaadin's own CSRF set-up also exempts the login page, so a login could be posted from another site
        // (login CSRF); the same set-up without that exemption. Vaadin's internal requests carry its own token.
        http.with(
                VaadinSecurityConfigurer.vaadin(),
                vaadin -> vaadin.loginView(LoginView.class).enableCsrfConfiguration(false));
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        // Vaadin sets its own success handler when it configures the form login, after this; the handler is replaced
        // on the finished filter, and Vaadin's (a shared object by then) still serves those without a second factor.
        http.formLogin(form ->
                form.withObjectPostProcessor(new ObjectPostProcessor<UsernamePasswordAuthenticationFilter>() {
                    @Override
                    public <O extends UsernamePasswordAuthenticationFilter> O postProcess(O filter) {
                        filter.setAuthenticationSuccessHandler(new SecondFactorStep(
                                secondFactor,
                                () -> http.getSharedObject(RequestCache.class),
                                () -> http.getSharedObject(VaadinSavedRequestAwareAuthenticationSuccessHandler.class)));
                        return filter;
                    }
                }));
        http.authenticationManager(authenticationManager);
        // A session ended by the application (person disabled, organisation suspended) goes to the login page like
        // any visitor; Spring's default answered its next request with 200 and a text about concurrent logins, which
        // a download saved as the file (found by the authorization matrix, HttpMatrixTest).
        http.sessionManagement(sessions ->
                sessions.maximumSessions(-1).sessionRegistry(sessionRegistry).expiredUrl("/login"));
        // The same values as SecurityHeadersFilter, which also covers what Vaadin serves past this chain.
        http.headers(headers -> headers.frameOptions(frame -> frame.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    private static List<RequestMatcher> matchers(List<String> patterns) {
        return patterns.stream()
                .map(pattern -> (RequestMatcher)
                        PathPatternRequestMatcher.withDefaults().matcher(pattern))
                .toList();
    }

    /** Login: throttling first, then the password, then the account's status. */
    @Bean
    AuthenticationManager authenticationManager(
            UserDetailsService accounts, PasswordEncoder passwords, LoginThrottle throttle) {
        return new ProviderManager(new ThrottlingAuthenticationProvider(passwordCheck(accounts, passwords), throttle));
    }

    /**
     * Checks the password before the account status, so that "disabled" or "suspended" is only
     * told to someone who knows the password, never to someone probing addresses.
     */
    private static DaoAuthenticationProvider passwordCheck(UserDetailsService accounts, PasswordEncoder passwords) {
        var provider = new DaoAuthenticationProvider(accounts);
        provider.setPasswordEncoder(passwords);
        provider.setPreAuthenticationChecks(user -> {});
        provider.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
        return provider;
    }

    /** bcrypt by default; hashes carry their algorithm id so that a later switch (argon2) keeps old hashes valid. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** Monitoring asks without logging in; the details (which job fails, and why) are for the secretariat only. */
    @Bean
    PublicPaths healthPath() {
        return new PublicPaths(List.of("/actuator/health"));
    }

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }
}
