package eu.praxis.member;

import eu.praxis.base.web.Permalinks;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Issues and redeems one-time links. Callers hold the transaction and the rights. */
@Component
class OneTimeLinks {

    private final OneTimeLinkRepository links;
    private final Clock clock;
    private final Permalinks permalinks;
    private final SecureRandom random = new SecureRandom();

    OneTimeLinks(OneTimeLinkRepository links, Clock clock, Permalinks permalinks) {
        this.links = links;
        this.clock = clock;
        this.permalinks = permalinks;
    }

    /** The address a person opens, e.g. {@code https://praxis.example/invitation/<token>}. */
    String url(String route, String token) {
        return permalinks.of(route + "/" + token);
    }

    /** A new link for the person; earlier unused links of the same purpose stop working. */
    String issue(long personId, LinkPurpose purpose, Duration validity, @Nullable Long createdBy) {
        var now = clock.instant();
        links.retireOpenLinks(personId, purpose, now);
        var bytes = new byte[32];
        random.nextBytes(bytes);
        var token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        links.save(new OneTimeLink(personId, purpose, hash(token), now, now.plus(validity), createdBy));
        return token;
    }

    /** The link behind a token, if it exists, has this purpose, and is neither used nor expired. */
    Optional<OneTimeLink> findUsable(String token, LinkPurpose purpose) {
        return links.findByTokenHashAndPurpose(hash(token), purpose).filter(l -> l.isUsable(clock.instant()));
    }

    /** Whether the person got a link of this purpose within the given time, to avoid flooding their mailbox. */
    boolean issuedWithin(long personId, LinkPurpose purpose, Duration period) {
        return links.findFirstByPersonIdAndPurposeOrderByCreatedAtDesc(personId, purpose)
                .filter(l -> l.isUsable(clock.instant()))
                .map(l -> l.getCreatedAt().isAfter(clock.instant().minus(period)))
                .orElse(false);
    }

    private static String hash(String token) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
