package eu.praxis.discussion;

import eu.praxis.base.UserFacingException;
import eu.praxis.member.PersonSummary;
import eu.praxis.security.PraxisUser;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * How fast one may post (threads and replies together), against spam from new accounts and floods in
 * a group: accounts younger than {@code praxis.posting.new-account-age} post at most
 * {@code praxis.posting.new-account-max-per-hour} times an hour, and everyone at most
 * {@code praxis.posting.max-per-group-per-minute} times a minute in one group. Counted in the database,
 * so that the limits hold across nodes; two posts at the very same moment may both pass, which is
 * harmless for a rate limit. The secretariat is not limited. A refusal says in how many minutes a post
 * will be accepted again.
 */
@Component
class PostingLimits {

    private static final Duration HOUR = Duration.ofHours(1);
    private static final Duration MINUTE = Duration.ofMinutes(1);

    private final DiscussionThreadRepository threads;
    private final ReplyRepository replies;
    private final Clock clock;
    private final Duration newAccountAge;
    private final int newAccountMaxPerHour;
    private final int maxPerGroupPerMinute;

    PostingLimits(
            DiscussionThreadRepository threads,
            ReplyRepository replies,
            Clock clock,
            @Value("${praxis.posting.new-account-age:P7D}") Duration newAccountAge,
            @Value("${praxis.posting.new-account-max-per-hour:5}") int newAccountMaxPerHour,
            @Value("${praxis.posting.max-per-group-per-minute:5}") int maxPerGroupPerMinute) {
        this.threads = threads;
        this.replies = replies;
        this.clock = clock;
        this.newAccountAge = newAccountAge;
        this.newAccountMaxPerHour = newAccountMaxPerHour;
        this.maxPerGroupPerMinute = maxPerGroupPerMinute;
    }

    /**
     * Refuses a post that would go over a limit.
     *
     * @param author the poster's account, for its age ({@code null}: unknown, treated as new)
     * @param groupId the group posted in; {@code null} for a practice's discussion
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void check(PraxisUser user, @Nullable PersonSummary author, @Nullable Long groupId) {
        if (user.isAdmin()) {
            return;
        }
        var now = clock.instant();
        var activated = author == null ? null : author.activatedAt();
        if (activated == null || activated.isAfter(now.minus(newAccountAge))) {
            refuseOver(newAccountMaxPerHour, postedSince(user.personId(), null, now.minus(HOUR)), HOUR, now);
        }
        if (groupId != null) {
            refuseOver(maxPerGroupPerMinute, postedSince(user.personId(), groupId, now.minus(MINUTE)), MINUTE, now);
        }
    }

    private List<Instant> postedSince(long personId, @Nullable Long groupId, Instant since) {
        var times = new ArrayList<>(threads.findStartedSince(personId, groupId, since));
        times.addAll(replies.findPostedSince(personId, groupId, since));
        times.sort(null);
        return times;
    }

    /** Over the limit, a post is accepted again once enough of the recent ones have left the window. */
    private static void refuseOver(int max, List<Instant> recent, Duration window, Instant now) {
        if (recent.size() < max) {
            return;
        }
        var freedAt = recent.get(recent.size() - max).plus(window);
        var minutes = Math.max(1, (Duration.between(now, freedAt).toSeconds() + 59) / 60);
        throw new UserFacingException("discussion.error.rate-limit", minutes);
    }
}
