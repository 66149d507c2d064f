package eu.praxis.news;

import java.time.Instant;
import java.util.Collection;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface NewsRepository extends JpaRepository<NewsItem, Long> {

    /**
     * The items the viewer reads ({@link NewsPolicy#maySee}, inside the query), newest first: published ones, of the
     * network or of a group in {@code readableGroupIds}; and, for writers, what they may still change before it
     * appears (the secretariat's network items, the items of {@code writableGroupIds}).
     *
     * @param groupId only this group's news; null for all
     */
    @Query("""
            select n from NewsItem n
            where ((n.publishedAt <= :now or :admin = true and n.groupId is null or n.groupId in :writableGroupIds)
                   and (n.groupId is null or n.groupId in :readableGroupIds))
              and (:groupId is null or n.groupId = :groupId)
            order by n.publishedAt desc, n.id desc
            """)
    Slice<NewsItem> findVisible(
            Instant now,
            boolean admin,
            Collection<Long> readableGroupIds,
            Collection<Long> writableGroupIds,
            @org.jspecify.annotations.Nullable Long groupId,
            Pageable page);

    boolean existsByImageSha256(String sha256);

    /** The network's items published in the period, newest first. */
    @Query("""
            select n from NewsItem n
            where n.groupId is null and n.publishedAt > :since and n.publishedAt <= :until
            order by n.publishedAt desc, n.id desc
            """)
    java.util.List<NewsItem> findNetworkNews(Instant since, Instant until, Pageable page);
}
