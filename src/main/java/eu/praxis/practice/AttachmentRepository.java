package eu.praxis.practice;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AttachmentRepository extends JpaRepository<Attachment, Long> {

    /** A practice's attachments in upload order, in one statement and without their (long) text. */
    @Query("""
            select new eu.praxis.practice.AttachmentItem(a.id, a.fileName, a.mediaType, a.size, a.uploadedAt)
            from Attachment a
            where a.practiceId = :practiceId
            order by a.uploadedAt, a.id""")
    List<AttachmentItem> findItems(long practiceId);

    long countByPracticeId(long practiceId);

    /** Whether an attachment names this content, before the content is deleted. */
    boolean existsBySha256(String sha256);
}
