package eu.praxis.group;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "working_group")
public class WorkingGroup {

    public static final int NAME_MAX = 150;
    public static final int DESCRIPTION_MAX = 4000;
    public static final int SLUG_MAX = 80;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Version
    private int version;

    @Column(name = "slug", nullable = false)
    private String slug;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "description", nullable = false)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "join_policy", nullable = false)
    private JoinPolicy joinPolicy;

    @Column(name = "visible_to_researchers", nullable = false)
    private boolean visibleToResearchers;

    @Column(name = "archived", nullable = false)
    private boolean archived;

    /** Publications shared in the group wait for a lead's review (DD031). */
    @Column(name = "reviews_publications", nullable = false)
    private boolean reviewsPublications;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected WorkingGroup() {
        this("", "", "", JoinPolicy.OPEN, false, Instant.EPOCH);
    }

    WorkingGroup(
            String slug,
            String name,
            String description,
            JoinPolicy joinPolicy,
            boolean visibleToResearchers,
            Instant now) {
        this.slug = slug;
        this.name = name;
        this.description = description;
        this.joinPolicy = joinPolicy;
        this.visibleToResearchers = visibleToResearchers;
        this.createdAt = now;
    }

    void archive() {
        if (archived) {
            throw new eu.praxis.base.UserFacingException("group.error.archived");
        }
        archived = true;
    }

    void unarchive() {
        if (!archived) {
            throw new eu.praxis.base.UserFacingException("group.error.not-archived");
        }
        archived = false;
    }

    void setVisibleToResearchers(boolean visibleToResearchers) {
        this.visibleToResearchers = visibleToResearchers;
    }

    void setReviewsPublications(boolean reviewsPublications) {
        this.reviewsPublications = reviewsPublications;
    }

    public @Nullable Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public JoinPolicy getJoinPolicy() {
        return joinPolicy;
    }

    public boolean isVisibleToResearchers() {
        return visibleToResearchers;
    }

    public boolean isArchived() {
        return archived;
    }

    public boolean isReviewsPublications() {
        return reviewsPublications;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WorkingGroup other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return WorkingGroup.class.hashCode();
    }
}
