package eu.praxis.practice;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ThemeRepository extends JpaRepository<Theme, Long> {

    @Query(
            "select new eu.praxis.practice.ThemeItem(t.id, t.code, t.nameEn, t.nameFr, t.active) from Theme t order by t.nameEn")
    List<ThemeItem> findItems();

    @Query("""
            select new eu.praxis.practice.ThemeItem(t.id, t.code, t.nameEn, t.nameFr, t.active)
            from Theme t where t.id in :ids order by t.nameEn""")
    List<ThemeItem> findItems(Collection<Long> ids);

    boolean existsByCode(String code);
}
