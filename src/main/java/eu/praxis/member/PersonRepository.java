package eu.praxis.member;

import eu.praxis.security.Role;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PersonRepository extends JpaRepository<Person, Long> {

    Optional<Person> findByEmail(String normalisedEmail);

    boolean existsByEmail(String normalisedEmail);

    @Query("""
            select p from Person p
            where (:organisationId is null or p.organisationId = :organisationId)
              and (:status is null or p.status = :status)
              and (:text is null or lower(p.name) like :text or p.email like :text)
            order by p.name""")
    Slice<Person> findFiltered(
            @Nullable Long organisationId, @Nullable PersonStatus status, @Nullable String text, Pageable page);

    List<Person> findByIdIn(Collection<Long> ids);

    @Query("select p.id from Person p where p.role = :role and p.status = eu.praxis.member.PersonStatus.ACTIVE")
    List<Long> findActiveIdsByRole(Role role);

    List<Person> findByOrganisationId(long organisationId);
}
