package eu.praxis.practice;

import eu.praxis.base.UserFacingException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/**
 * A theme of the curated list that practices are tagged with. Themes are deactivated rather than
 * deleted, so that practices keep the themes they were written under.
 */
@Entity
@Table(name = "theme")
public class Theme {

    public static final int CODE_MAX = 60;
    public static final int NAME_MAX = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Version
    private int version;

    @Column(name = "code", nullable = false)
    private String code;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(name = "name_fr", nullable = false)
    private String nameFr;

    @Column(name = "active", nullable = false)
    private boolean active;

    protected Theme() {
        this("", "", "");
    }

    Theme(String code, String nameEn, String nameFr) {
        this.code = code;
        this.nameEn = nameEn;
        this.nameFr = nameFr;
        this.active = true;
    }

    void rename(String nameEn, String nameFr) {
        this.nameEn = nameEn;
        this.nameFr = nameFr;
    }

    void deactivate() {
        if (!active) {
            throw new UserFacingException("practice.theme.error.inactive");
        }
        active = false;
    }

    void activate() {
        if (active) {
            throw new UserFacingException("practice.theme.error.active");
        }
        active = true;
    }

    public @Nullable Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getNameFr() {
        return nameFr;
    }

    public boolean isActive() {
        return active;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Theme other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return Theme.class.hashCode();
    }
}
