package eu.praxis.practice;

import eu.praxis.base.NotFoundException;
import eu.praxis.base.UserFacingException;
import eu.praxis.security.Role;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The curated list of themes: everyone reads it, the secretariat edits it. */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class ThemeService {

    private final ThemeRepository themes;

    ThemeService(ThemeRepository themes) {
        this.themes = themes;
    }

    /** The themes authors may choose, by English name. */
    public List<ThemeItem> list() {
        return themes.findItems().stream().filter(ThemeItem::active).toList();
    }

    /** The given themes, deactivated ones included, by id; e.g. to name the themes of search results. */
    public Map<Long, ThemeItem> items(Collection<Long> ids) {
        return ids.isEmpty()
                ? Map.of()
                : themes.findItems(ids).stream().collect(Collectors.toMap(ThemeItem::id, t -> t));
    }

    /** All themes including deactivated ones, for the secretariat's list. */
    @PreAuthorize("hasRole('" + Role.ADMIN_NAME + "')")
    public List<ThemeItem> all() {
        return themes.findItems();
    }

    @Transactional
    @PreAuthorize("hasRole('" + Role.ADMIN_NAME + "')")
    public long create(String nameEn, String nameFr) {
        var en = checkedName(nameEn);
        var code = Practice.slugOf(en);
        if (code.length() > Theme.CODE_MAX) {
            code = code.substring(0, Theme.CODE_MAX);
        }
        if (themes.existsByCode(code)) {
            throw new UserFacingException("practice.theme.error.exists", en);
        }
        return themes.save(new Theme(code, en, checkedName(nameFr))).getId();
    }

    /** Renames a theme; its code (used by imports) stays. */
    @Transactional
    @PreAuthorize("hasRole('" + Role.ADMIN_NAME + "')")
    public void rename(long id, String nameEn, String nameFr) {
        themes.findById(id).orElseThrow(NotFoundException::new).rename(checkedName(nameEn), checkedName(nameFr));
    }

    /** Authors can no longer choose the theme; practices tagged with it keep it. */
    @Transactional
    @PreAuthorize("hasRole('" + Role.ADMIN_NAME + "')")
    public void deactivate(long id) {
        themes.findById(id).orElseThrow(NotFoundException::new).deactivate();
    }

    @Transactional
    @PreAuthorize("hasRole('" + Role.ADMIN_NAME + "')")
    public void activate(long id) {
        themes.findById(id).orElseThrow(NotFoundException::new).activate();
    }

    private static String checkedName(String name) {
        var trimmed = name.strip();
        if (trimmed.isEmpty() || trimmed.length() > Theme.NAME_MAX) {
            throw new UserFacingException("practice.theme.error.name", Theme.NAME_MAX);
        }
        return trimmed;
    }
}
