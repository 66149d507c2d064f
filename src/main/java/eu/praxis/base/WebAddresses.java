package eu.praxis.base;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Whether a typed address is a web address a page may link: http(s) with a host, no spaces, not too long. Anything
 * else (javascript:, data:, a bare word) is refused before it is stored, as it would run or break in the reader's
 * browser.
 */
public final class WebAddresses {

    private WebAddresses() {}

    /** @param secureOnly only https (an online meeting's link), or http too (a website) */
    public static boolean isWebAddress(String address, int max, boolean secureOnly) {
        if (address.length() > max || address.chars().anyMatch(Character::isWhitespace)) {
            return false;
        }
        try {
            var uri = new URI(address);
            var scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            var allowed = scheme.equals("https") || (!secureOnly && scheme.equals("http"));
            return allowed && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
