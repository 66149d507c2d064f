package eu.praxis.project.web;

import eu.praxis.project.EuropeMap;
import eu.praxis.security.MembersOnlyPaths;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The base map of the project pages is a static file (DD027), for logged-in people like the pages that show it. */
@Configuration(proxyBeanMethods = false)
class ProjectWebConfiguration {

    @Bean
    MembersOnlyPaths projectMap() {
        return new MembersOnlyPaths(List.of("/" + EuropeMap.BASE_MAP));
    }
}
