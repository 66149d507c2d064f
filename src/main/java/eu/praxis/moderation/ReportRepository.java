package eu.praxis.moderation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReportRepository extends JpaRepository<Report, Long> {

    boolean existsByReporterIdAndTargetTypeAndTargetId(long reporterId, ReportedType targetType, long targetId);

    List<Report> findByTargetTypeAndTargetId(ReportedType targetType, long targetId);

    List<Report> findByTargetTypeAndTargetIdAndStatus(ReportedType targetType, long targetId, ReportStatus status);

    List<Report> findByThreadIdAndStatus(long threadId, ReportStatus status);

    /** Every open report, oldest first: the secretariat's queue. */
    @Query("select r from Report r where r.status = eu.praxis.moderation.ReportStatus.OPEN order by r.createdAt, r.id")
    List<Report> findOpen();

    /** The open reports that the group's leads moderate, oldest first. */
    @Query("""
            select r from Report r join r.groupIds g
            where g = :groupId and r.status = eu.praxis.moderation.ReportStatus.OPEN
            order by r.createdAt, r.id""")
    List<Report> findOpenInGroup(long groupId);

    /** The contents of the group that have open reports, as (type, id) pairs. */
    @Query("""
            select distinct r.targetType, r.targetId from Report r join r.groupIds g
            where g = :groupId and r.status = eu.praxis.moderation.ReportStatus.OPEN""")
    List<Object[]> findOpenContentsInGroup(long groupId);
}
