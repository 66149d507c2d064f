package eu.praxis.security;

import eu.praxis.base.AuditedAction;
import eu.praxis.base.NotFoundException;
import eu.praxis.base.UserFacingException;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal tokens for the research API: create (the secret is returned once), list one's own, revoke. A
 * token acts with exactly its owner's rights; see {@link ApiTokens} for how a request presents it.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class ApiTokenService {

    /** Active (neither revoked nor expired) tokens a person may hold at once. */
    public static final int MAX_ACTIVE_PER_PERSON = 10;

    public static final int LABEL_MAX_LENGTH = ApiToken.LABEL_MAX_LENGTH;
    public static final Duration MAX_VALIDITY = Duration.ofDays(366);

    private final ApiTokenRepository tokens;
    private final ApiTokenPolicy policy;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ApiTokenService(ApiTokenRepository tokens, ApiTokenPolicy policy, ApplicationEventPublisher events, Clock clock) {
        this.tokens = tokens;
        this.policy = policy;
        this.events = events;
        this.clock = clock;
    }

    /**
     * A new token for the current person. The returned secret is not kept anywhere: the caller shows it
     * once and the person copies it.
     *
     * @param validity how long it works, at most {@link #MAX_VALIDITY}; {@code null} until revoked
     */
    @Transactional
    public CreatedApiToken create(String label, @Nullable Duration validity) {
        var user = CurrentUser.require();
        if (!policy.mayCreate(user)) {
            throw new UserFacingException("api.token.error.may-not-create");
        }
        var trimmed = label.strip();
        if (trimmed.isEmpty() || trimmed.length() > LABEL_MAX_LENGTH) {
            throw new UserFacingException("api.token.error.label", LABEL_MAX_LENGTH);
        }
        // as the database keeps it, so that the returned item equals the listed one
        var now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        if (validity != null && (validity.isNegative() || validity.isZero() || validity.compareTo(MAX_VALIDITY) > 0)) {
            throw new UserFacingException("api.token.error.validity", MAX_VALIDITY.toDays());
        }
        var expiresAt = validity == null ? null : now.plus(validity);
        if (tokens.countActive(user.personId(), now) >= MAX_ACTIVE_PER_PERSON) {
            throw new UserFacingException("api.token.error.too-many", MAX_ACTIVE_PER_PERSON);
        }
        var secret = ApiTokens.newSecret();
        var token = tokens.save(new ApiToken(
                user.personId(), trimmed, ApiTokens.hash(secret), ApiTokens.displayPrefix(secret), now, expiresAt));
        return new CreatedApiToken(token.toItem(now), secret);
    }

    /** The current person's tokens, newest first, revoked and expired ones included (greyed out by the view). */
    public List<ApiTokenItem> mine() {
        return listOf(CurrentUser.require().personId());
    }

    /** Someone's tokens, for the secretariat. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<ApiTokenItem> of(long personId) {
        return listOf(personId);
    }

    /** Revokes one's own token, or anyone's for the secretariat; others' tokens are "not found". */
    @Transactional
    public void revoke(long tokenId) {
        var user = CurrentUser.require();
        var token = tokens.findById(tokenId)
                .filter(t -> policy.mayRevoke(user, t.getPersonId()))
                .orElseThrow(NotFoundException::new);
        var now = clock.instant();
        token.revoke(now);
        if (token.getPersonId() != user.personId()) {
            events.publishEvent(
                    new AuditedAction(user.personId(), "api-token.revoke", "api-token", tokenId, null, null, now));
        }
    }

    private List<ApiTokenItem> listOf(long personId) {
        var now = clock.instant();
        return tokens.findByPersonIdOrderByCreatedAtDesc(personId).stream()
                .map(t -> t.toItem(now))
                .toList();
    }
}
