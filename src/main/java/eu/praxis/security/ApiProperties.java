package eu.praxis.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The research API, {@code praxis.api.*}.
 *
 * @param rateLimit requests per token (a token bucket per node, DD015)
 * @param maxPageSize the largest page a client may ask for
 */
@ConfigurationProperties("praxis.api")
public record ApiProperties(
        @DefaultValue RateLimit rateLimit,
        @DefaultValue("100") int maxPageSize) {

    /** {@code praxis.api.rate-limit.*}: a sustained rate and the burst allowed above it. */
    public record RateLimit(
            @DefaultValue("60") int requestsPerMinute,
            @DefaultValue("20") int burst) {

        public RateLimit {
            if (requestsPerMinute < 1 || burst < 1) {
                throw new IllegalArgumentException("praxis.api.rate-limit.* must be at least 1");
            }
        }
    }
}
