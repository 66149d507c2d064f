package eu.praxis.newsletter;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the newsletter ({@code praxis.newsletter.*}).
 *
 * @param sendInterval how often the sender looks for an issue being sent
 * @param batchSize how many recipients the sender takes at a time
 * @param claimLease how long a claimed recipient stays claimed before a crash is assumed and it is taken again
 * @param firstIssueCovers how far back the first issue looks (later ones cover what came after the previous one)
 * @param agendaAhead how far ahead an issue's agenda looks
 */
@ConfigurationProperties("praxis.newsletter")
public record NewsletterProperties(
        @DefaultValue("PT5S") Duration sendInterval,
        @DefaultValue("100") int batchSize,
        @DefaultValue("PT10M") Duration claimLease,
        @DefaultValue("P31D") Duration firstIssueCovers,
        @DefaultValue("P42D") Duration agendaAhead) {}
