package eu.praxis.event.web;

import eu.praxis.security.MembersOnlyPaths;
import eu.praxis.security.PublicPaths;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * An event's {@code .ics} needs login (the service decides who sees the event); the personal feed is open,
 * because calendar apps cannot log in: its secret token is the credential.
 */
@Configuration(proxyBeanMethods = false)
class EventWebConfiguration {

    @Bean
    MembersOnlyPaths eventCalendarFiles() {
        return new MembersOnlyPaths(List.of("/events/*.ics"));
    }

    @Bean
    PublicPaths personalCalendarFeeds() {
        return new PublicPaths(List.of("/calendar/*.ics"));
    }
}
