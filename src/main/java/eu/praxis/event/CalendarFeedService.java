package eu.praxis.event;

import eu.praxis.base.web.Permalinks;
import eu.praxis.group.GroupAudience;
import eu.praxis.security.CurrentUser;
import eu.praxis.security.PersonAccounts;
import eu.praxis.security.Viewer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal calendar feeds: an address with a secret token that calendar apps poll without logging in, listing
 * the events the person has a place at (cancelled ones as cancelled, so that the apps drop them). The token
 * (256 random bits, URL-safe) is shown once; only its SHA-256 is stored. A new token replaces the old one.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class CalendarFeedService {

    private final CalendarFeedRepository feeds;
    private final RegistrationRepository registrations;
    private final EventRepository events;
    private final EventPolicy policy;
    private final GroupAudience groupAudience;
    private final PersonAccounts accounts;
    private final ICalendars icalendars;
    private final Clock clock;
    private final Permalinks permalinks;
    private final SecureRandom random = new SecureRandom();

    CalendarFeedService(
            CalendarFeedRepository feeds,
            RegistrationRepository registrations,
            EventRepository events,
            EventPolicy policy,
            GroupAudience groupAudience,
            PersonAccounts accounts,
            ICalendars icalendars,
            Clock clock,
            Permalinks permalinks) {
        this.permalinks = permalinks;
        this.feeds = feeds;
        this.registrations = registrations;
        this.events = events;
        this.policy = policy;
        this.groupAudience = groupAudience;
        this.accounts = accounts;
        this.icalendars = icalendars;
        this.clock = clock;
    }

    /** Whether the caller has a feed (its address cannot be shown again, only replaced). */
    public boolean hasFeed() {
        return feeds.existsById(CurrentUser.require().personId());
    }

    /**
     * A new address for the caller's feed, {@code <base-url>/calendar/<token>.ics}; the previous one stops working.
     * Shown once: only the token's hash is kept.
     */
    @Transactional
    public String regenerate() {
        var personId = CurrentUser.require().personId();
        var bytes = new byte[32];
        random.nextBytes(bytes);
        var token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        var now = clock.instant();
        feeds.findById(personId)
                .ifPresentOrElse(
                        feed -> feed.replace(hash(token), now),
                        () -> feeds.save(new CalendarFeed(personId, hash(token), now)));
        return permalinks.of(EventPaths.feed(token));
    }

    /** Ends the caller's feed: its address answers "not found" from now on. */
    @Transactional
    public void revoke() {
        feeds.deleteById(CurrentUser.require().personId());
    }

    /**
     * The feed behind a token, as iCalendar; empty for an unknown or revoked token, and while its owner may not log
     * in (disabled, organisation suspended). Open to visitors on purpose: the token is the credential. It lists
     * what its owner may still see of the events they have a confirmed place at, asked as them each time (someone
     * who left a group no longer gets its members' events), with the online links, as on the event's page.
     */
    @PreAuthorize("permitAll()")
    public Optional<byte[]> feed(String token) {
        if (token.length() > 100) {
            return Optional.empty();
        }
        return feeds.findByTokenHash(hash(token))
                .flatMap(feed -> accounts.activeAccount(feed.getPersonId()))
                .map(owner -> {
                    var mine = registrations.findByPersonIdAndStatus(owner.personId(), RegistrationStatus.CONFIRMED);
                    var registered = events.findAllById(
                            mine.stream().map(Registration::getEventId).toList());
                    var viewer = viewerOf(owner, registered);
                    var list = registered.stream()
                            .filter(event -> policy.maySee(viewer, event))
                            .sorted(Comparator.comparing(Event::getStartsAt))
                            .toList();
                    return icalendars.publish("Praxis", list, e -> true);
                });
    }

    /** The owner's groups among those of the events, decided for them rather than by logging in as them. */
    private EventPolicy.Viewer viewerOf(Viewer owner, List<Event> registered) {
        var groupIds =
                registered.stream().flatMap(e -> e.getGroupIds().stream()).collect(Collectors.toSet());
        return EventViewers.of(
                owner, groupAudience.groupIdsOf(List.of(owner), groupIds).get(owner.personId()));
    }

    static String hash(String token) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
