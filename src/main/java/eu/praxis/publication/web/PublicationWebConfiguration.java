package eu.praxis.publication.web;

import eu.praxis.publication.PublicationPaths;
import eu.praxis.security.PublicPaths;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Publications' files are requested without login too: a public publication's file is on the open web; the controller
 * and the services decide the rest (DD030).
 */
@Configuration(proxyBeanMethods = false)
class PublicationWebConfiguration {

    @Bean
    PublicPaths publicationFileDownloads() {
        return new PublicPaths(List.of("/" + PublicationPaths.FILES + "/*"));
    }
}
