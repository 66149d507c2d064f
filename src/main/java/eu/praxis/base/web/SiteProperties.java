package eu.praxis.base.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the application is published, {@code praxis.base-url}: the start of every absolute link (mails, calendar
 * files, the API's documentation).
 */
@ConfigurationProperties("praxis")
public record SiteProperties(
        @DefaultValue("http://localhost:8080") String baseUrl) {

    public SiteProperties {
        baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }
}
