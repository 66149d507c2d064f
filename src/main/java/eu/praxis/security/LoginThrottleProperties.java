package eu.praxis.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Login throttling, {@code praxis.login.*}: failed logins within the window before the account, or the client
 * address, is blocked for the block duration.
 */
@ConfigurationProperties("praxis.login")
public record LoginThrottleProperties(
        @DefaultValue("5") int maxFailuresPerAccount,
        @DefaultValue("20") int maxFailuresPerClient,
        @DefaultValue("PT15M") Duration failureWindow,
        @DefaultValue("PT15M") Duration blockDuration) {}
