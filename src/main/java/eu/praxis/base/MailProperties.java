package eu.praxis.base;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Outgoing mail, {@code praxis.mail.*} (the server itself is Spring Boot's {@code spring.mail.*}).
 *
 * @param from the sender of every mail
 */
@ConfigurationProperties("praxis.mail")
public record MailProperties(
        @DefaultValue("Praxis <no-reply@praxis.local>") String from) {}
