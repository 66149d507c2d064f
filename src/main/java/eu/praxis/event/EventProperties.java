package eu.praxis.event;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The settings the event feature reads, under their documented names (README, {@code application.properties}),
 * with their defaults here only. The address the application is published at comes from
 * {@link eu.praxis.base.web.Permalinks}.
 *
 * @param event {@code praxis.event.*}
 * @param mail {@code praxis.mail.*}
 */
@ConfigurationProperties("praxis")
public record EventProperties(
        @DefaultValue EventSettings event, @DefaultValue MailSettings mail) {

    /** @param reminderInterval how often the reminder job looks for events starting within a day */
    public record EventSettings(@DefaultValue("PT5M") Duration reminderInterval) {}

    /** @param from the network's sender, also the organiser of every event in iCalendar files */
    public record MailSettings(
            @DefaultValue("Praxis <no-reply@praxis.local>") String from) {}
}
