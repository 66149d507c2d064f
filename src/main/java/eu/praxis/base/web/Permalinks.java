package eu.praxis.base.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Absolute addresses from application paths, on the address the application is published at. */
@Component
public class Permalinks {

    private final String baseUrl;

    Permalinks(@Value("${praxis.base-url}") String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** @param path a path within the application, with or without its leading slash */
    public String of(String path) {
        return baseUrl + (path.startsWith("/") ? path : "/" + path);
    }
}
