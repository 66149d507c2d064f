package eu.praxis.practice;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PracticeRepository extends JpaRepository<Practice, Long> {

    /** One row per practice of a library page, before themes and organisation names are added. */
    record Row(
            long id,
            PracticeType type,
            PracticeStatus status,
            String title,
            String slug,
            String summary,
            @Nullable String city,
            String country,
            String language,
            LocalDate periodStart,
            @Nullable Instant publishedAt,
            long authorOrganisationId,
            boolean hidden,
            @Nullable Instant deletedAt) {}

    /** A theme of a practice on a library page. */
    record ThemeOfPractice(long practiceId, ThemeItem theme) {

        public ThemeOfPractice(long practiceId, long id, String code, String nameEn, String nameFr, boolean active) {
            this(practiceId, new ThemeItem(id, code, nameEn, nameFr, active));
        }
    }

    /**
     * The practices of an organisation's or a group's page, with the permission rule inside the query: published
     * (or, with {@code drafts}, drafts too: only ever asked together with an organisation the viewer may edit
     * for), and either everything ({@code all}, the secretariat), whole network, the viewer's own organisation,
     * or shared in a group whose content the viewer reads; deleted ones only for the secretariat, hidden ones
     * only for the secretariat, their author ({@code me}) and the leads of a group they are shared in. Mirrors
     * {@link PracticePolicy#maySee}; the index cannot answer it, as drafts are never indexed.
     */
    @Query("""
            select new eu.praxis.practice.PracticeRepository$Row(p.id, p.type, p.status, p.title, p.slug, p.summary,
                p.city, p.country, p.language, p.periodStart, p.publishedAt, p.authorOrganisationId, p.moderation.hidden,
                p.moderation.deletedAt)
            from Practice p
            where (p.moderation.deletedAt is null or :all = true)
              and (p.moderation.hidden = false or :all = true or p.authorId = :me
                   or exists (select lg from Practice l join l.groupIds lg where l.id = p.id and lg in :ledGroupIds))
              and (p.status = eu.praxis.practice.PracticeStatus.PUBLISHED or :drafts = true)
              and (:all = true or p.wholeNetwork = true or p.authorOrganisationId = :myOrganisationId
                   or exists (select vg from Practice v join v.groupIds vg where v.id = p.id and vg in :readableGroupIds))
              and (:organisationId is null or p.authorOrganisationId = :organisationId)
              and (:groupId is null
                   or exists (select fg from Practice g join g.groupIds fg where g.id = p.id and fg = :groupId))
            order by p.publishedAt desc nulls first, p.id desc""")
    Slice<Row> findVisible(
            boolean all,
            long me,
            Collection<Long> ledGroupIds,
            long myOrganisationId,
            Collection<Long> readableGroupIds,
            boolean drafts,
            @Nullable Long organisationId,
            @Nullable Long groupId,
            Pageable page);

    /** The themes of a page of practices in one statement, whatever the page size. */
    @Query("""
            select new eu.praxis.practice.PracticeRepository$ThemeOfPractice(p.id, th.id, th.code, th.nameEn, th.nameFr,
                th.active)
            from Practice p join p.themeIds t join Theme th on th.id = t
            where p.id in :practiceIds
            order by th.nameEn""")
    List<ThemeOfPractice> findThemes(Collection<Long> practiceIds);

    /**
     * Submitted practices waiting for review (DD031), oldest first: all of them ({@code all}, the secretariat) or
     * those shared in one of {@code groupIds} (the groups a lead reviews for).
     */
    @Query("""
            select p from Practice p
            where p.status = eu.praxis.practice.PracticeStatus.SUBMITTED and p.moderation.deletedAt is null
              and (:all = true
                   or exists (select rg from Practice r join r.groupIds rg where r.id = p.id and rg in :groupIds))
            order by p.submittedAt, p.id""")
    List<Practice> findSubmitted(boolean all, Collection<Long> groupIds);

    /** The author's practices in review or sent back with a reviewer's comment (DD031), latest change first. */
    @Query("""
            select p from Practice p
            where p.authorId = :authorId and p.moderation.deletedAt is null
              and (p.status = eu.praxis.practice.PracticeStatus.SUBMITTED
                   or (p.status = eu.praxis.practice.PracticeStatus.DRAFT and p.reviewComment is not null))
            order by p.updatedAt desc, p.id desc""")
    List<Practice> findInReviewByAuthor(long authorId);
}
