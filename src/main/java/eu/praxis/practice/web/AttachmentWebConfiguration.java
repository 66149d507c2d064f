package eu.praxis.practice.web;

import eu.praxis.security.MembersOnlyPaths;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Opens the download path to logged-in people; {@link AttachmentController} and the service check the rest. */
@Configuration(proxyBeanMethods = false)
class AttachmentWebConfiguration {

    @Bean
    MembersOnlyPaths attachmentDownloads() {
        return new MembersOnlyPaths(List.of("/attachments/*"));
    }
}
