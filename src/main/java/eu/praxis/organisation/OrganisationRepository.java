package eu.praxis.organisation;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OrganisationRepository extends JpaRepository<Organisation, Long> {

    @Query("""
            select new eu.praxis.organisation.OrganisationSummary(o.id, o.name, o.kind, o.country, o.city, o.status)
            from Organisation o
            where (:country is null or o.country = :country)
              and (:kind is null or o.kind = :kind)
              and (:status is null or o.status = :status)
              and (:name is null or lower(o.name) like :name)
            order by o.name""")
    Slice<OrganisationSummary> findSummaries(
            @Nullable String country,
            @Nullable OrganisationKind kind,
            @Nullable OrganisationStatus status,
            @Nullable String name,
            Pageable page);

    @Query("""
            select new eu.praxis.organisation.OrganisationSummary(o.id, o.name, o.kind, o.country, o.city, o.status)
            from Organisation o where o.id in :ids""")
    List<OrganisationSummary> findSummariesByIdIn(java.util.Collection<Long> ids);

    boolean existsByNameIgnoreCase(String name);

    @Query("select distinct o.country from Organisation o order by o.country")
    List<String> findCountries();
}
