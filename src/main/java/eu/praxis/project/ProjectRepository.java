package eu.praxis.project;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProjectRepository extends JpaRepository<Project, Long> {

    boolean existsByAcronymIgnoreCase(String acronym);

    boolean existsByAcronymIgnoreCaseAndIdNot(String acronym, long id);

    /** The projects an organisation is a partner of, newest first. */
    @Query("""
            select distinct p from Project p join p.partners partner
            where partner.organisationId = :organisationId
            order by p.startsOn desc, p.id desc""")
    List<Project> findByPartner(long organisationId);

    List<Project> findAllByOrderByStartsOnDescIdDesc();
}
