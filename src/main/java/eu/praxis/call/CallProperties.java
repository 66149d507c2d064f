package eu.praxis.call;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The settings the call feature reads ({@code praxis.call.*}), with their defaults here only.
 *
 * @param reminderAhead how long before a call's deadline the people who started an answer and did not send it are
 *     reminded
 * @param reminderInterval how often the reminder job looks for such drafts
 */
@ConfigurationProperties("praxis.call")
public record CallProperties(
        @DefaultValue("PT48H") Duration reminderAhead,
        @DefaultValue("PT10M") Duration reminderInterval) {}
