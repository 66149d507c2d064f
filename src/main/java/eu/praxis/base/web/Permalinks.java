package eu.praxis.base.web;

import org.springframework.stereotype.Component;

/** Absolute addresses from application paths, on the address the application is published at. */
@Component
public class Permalinks {

    private final String baseUrl;

    Permalinks(SiteProperties site) {
        this.baseUrl = site.baseUrl();
    }

    /** The address the application is published at, without a trailing slash. */
    public String base() {
        return baseUrl;
    }

    /** @param path a path within the application, with or without its leading slash */
    public String of(String path) {
        return baseUrl + (path.startsWith("/") ? path : "/" + path);
    }
}
