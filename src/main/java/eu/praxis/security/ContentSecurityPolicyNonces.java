package eu.praxis.security;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import org.springframework.stereotype.Component;

/**
 * Vaadin's bootstrap page (every view's first answer) starts the client engine with inline scripts: each gets
 * the request's nonce, so the policy needs no {@code 'unsafe-inline'} for scripts. The page is a member's
 * shell, so it is never stored by a browser or proxy either.
 */
@Component
class ContentSecurityPolicyNonces implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(ContentSecurityPolicyNonces::addNonces);
    }

    private static void addNonces(IndexHtmlResponse page) {
        var nonce = page.getVaadinRequest().getAttribute(SecurityHeadersFilter.NONCE_ATTRIBUTE);
        if (nonce != null) {
            page.getDocument().select("script").attr("nonce", nonce.toString());
        }
        page.getVaadinResponse().setHeader("Cache-Control", "no-store");
    }
}
