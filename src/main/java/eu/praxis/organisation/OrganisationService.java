package eu.praxis.organisation;

import eu.praxis.base.AuditedAction;
import eu.praxis.base.NotFoundException;
import eu.praxis.base.UserFacingException;
import eu.praxis.security.CurrentUser;
import eu.praxis.security.Role;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The directory of member organisations; suspending and reactivating is for the secretariat. */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class OrganisationService {

    private final OrganisationRepository organisations;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OrganisationService(OrganisationRepository organisations, ApplicationEventPublisher events, Clock clock) {
        this.organisations = organisations;
        this.events = events;
        this.clock = clock;
    }

    /** The directory, by name; members see active organisations only, whatever the filter says. */
    public Slice<OrganisationSummary> find(OrganisationFilter filter, Pageable page) {
        var name = filter.nameContains() == null || filter.nameContains().isBlank()
                ? null
                : "%" + filter.nameContains().trim().toLowerCase(Locale.ROOT) + "%";
        // Suspended organisations are the secretariat's business; members see active ones.
        var status = CurrentUser.require().isAdmin() ? filter.status() : OrganisationStatus.ACTIVE;
        return organisations.findSummaries(filter.country(), filter.kind(), status, name, page);
    }

    public OrganisationSummary get(long id) {
        return organisations.findSummariesByIdIn(List.of(id)).stream()
                .findFirst()
                .orElseThrow(NotFoundException::new);
    }

    /** Summaries by id, for other features that refer to organisations by id. */
    public Map<Long, OrganisationSummary> summaries(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return organisations.findSummariesByIdIn(ids).stream()
                .collect(Collectors.toMap(OrganisationSummary::id, Function.identity()));
    }

    /** Countries that have at least one member organisation, for filters. */
    public List<String> countries() {
        return organisations.findCountries();
    }

    /**
     * Whether people of this organisation may log in. Called by the account lookup before anyone
     * is logged in, hence open to all callers.
     */
    @PreAuthorize("permitAll()")
    public boolean isActive(long id) {
        return organisations
                .findById(id)
                .map(o -> o.getStatus() == OrganisationStatus.ACTIVE)
                .orElse(false);
    }

    /** {@link #isActive} for many at once, in one query: the active ones among the ids (background work). */
    @PreAuthorize("permitAll()")
    public Set<Long> activeAmong(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return organisations.findAllById(ids).stream()
                .filter(o -> o.getStatus() == OrganisationStatus.ACTIVE)
                .map(Organisation::getId)
                .collect(Collectors.toSet());
    }

    /** Registers an active organisation directly, e.g. when migrating the existing member list. */
    @Transactional
    @PreAuthorize("hasRole('" + Role.ADMIN_NAME + "')")
    public long register(
            String name, OrganisationKind kind, String country, @Nullable String city, LocalDate joinedOn) {
        return create(name, kind, country, city, joinedOn).getId();
    }

    @Transactional
    @PreAuthorize("hasRole('" + Role.ADMIN_NAME + "')")
    public void suspend(long id) {
        var organisation = organisations.findById(id).orElseThrow(NotFoundException::new);
        if (organisation.getStatus() == OrganisationStatus.SUSPENDED) {
            throw new UserFacingException("organisation.error.already-suspended");
        }
        organisation.suspend();
        events.publishEvent(new OrganisationSuspended(id));
    }

    @Transactional
    @PreAuthorize("hasRole('" + Role.ADMIN_NAME + "')")
    public void reactivate(long id) {
        var organisation = organisations.findById(id).orElseThrow(NotFoundException::new);
        if (organisation.getStatus() == OrganisationStatus.ACTIVE) {
            throw new UserFacingException("organisation.error.already-active");
        }
        organisation.reactivate();
        events.publishEvent(new AuditedAction(
                CurrentUser.require().personId(),
                "organisation.reactivate",
                "organisation",
                id,
                null,
                null,
                clock.instant()));
    }

    /** Shared by direct registration and application approval; checks what both must. */
    Organisation create(String name, OrganisationKind kind, String country, @Nullable String city, LocalDate joinedOn) {
        var trimmed = name.trim();
        if (trimmed.isEmpty() || trimmed.length() > Organisation.NAME_MAX) {
            throw new UserFacingException("organisation.error.name");
        }
        if (!Countries.isValid(country)) {
            throw new UserFacingException("organisation.error.country");
        }
        if (organisations.existsByNameIgnoreCase(trimmed)) {
            throw new UserFacingException("organisation.error.name-taken", trimmed);
        }
        var blankCity = city == null || city.isBlank();
        return organisations.save(
                new Organisation(trimmed, kind, country, blankCity ? null : city.trim(), joinedOn, clock.instant()));
    }
}
