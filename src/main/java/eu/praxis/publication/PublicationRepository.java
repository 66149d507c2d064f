package eu.praxis.publication;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PublicationRepository extends JpaRepository<Publication, Long> {

    List<Publication> findAllByOrderByPublishedOnDescIdDesc();

    /** The publications of a family, known by its first publication's id, in the order they were added. */
    @Query("select p from Publication p where p.id = :familyKey or p.familyId = :familyKey order by p.id")
    List<Publication> findFamily(long familyKey);

    @Query("select p from Publication p join p.files f where f.id = :fileId")
    Optional<Publication> findByFileId(long fileId);

    @Query("select count(f) > 0 from Publication p join p.files f where f.sha256 = :sha256")
    boolean namesContent(String sha256);
}
