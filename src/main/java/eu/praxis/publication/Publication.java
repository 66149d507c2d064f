package eu.praxis.publication;

import eu.praxis.base.BaseEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.TypeBinderRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.TypeBinding;
import org.jspecify.annotations.Nullable;

/**
 * A publication of the network; see {@link PublicationDraft} for what its fields mean. Its files belong to it (added
 * and removed with it); its editions in other languages share its family. Indexed for search by
 * {@link PublicationIndexBinder}.
 */
@Entity
@Table(name = "publication")
@Indexed
@TypeBinding(binder = @TypeBinderRef(type = PublicationIndexBinder.class))
public class Publication extends BaseEntity {

    public static final int TITLE_MAX = 300;
    public static final int ABSTRACT_MAX = 4000;
    public static final int AUTHOR_MAX = 200;
    public static final int AUTHORS_MAX = 30;
    /** Files one publication may have: its editions are publications of their own. */
    public static final int FILES_MAX = 10;

    @Version
    private int version;

    @Enumerated(EnumType.STRING)
    @Column(name = "type", nullable = false)
    private PublicationType type = PublicationType.REPORT;

    @Column(name = "title", nullable = false)
    private String title = "";

    @Column(name = "abstract_text", nullable = false)
    private String abstractText = "";

    @Column(name = "language", nullable = false)
    private String language = "en";

    @Column(name = "published_on", nullable = false)
    private LocalDate publishedOn = LocalDate.EPOCH;

    @Enumerated(EnumType.STRING)
    @Column(name = "visibility", nullable = false)
    private PublicationVisibility visibility = PublicationVisibility.NETWORK;

    @Column(name = "project_id")
    private @Nullable Long projectId;

    /** The family's first publication; null on that one itself. */
    @Column(name = "family_id")
    private @Nullable Long familyId;

    @ElementCollection
    @CollectionTable(name = "publication_author", joinColumns = @JoinColumn(name = "publication_id"))
    @OrderColumn(name = "position")
    @Column(name = "name")
    private List<String> authors = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "publication_theme", joinColumns = @JoinColumn(name = "publication_id"))
    @Column(name = "theme_id")
    private Set<Long> themeIds = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "publication_group", joinColumns = @JoinColumn(name = "publication_id"))
    @Column(name = "group_id")
    private Set<Long> groupIds = new HashSet<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "publication_id", nullable = false, updatable = false)
    @OrderBy("id")
    private List<PublicationFile> files = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    /** Changes with the files too, which reindexes the publication with their text. */
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.EPOCH;

    protected Publication() {}

    Publication(PublicationDraft draft, Instant now) {
        createdAt = now;
        apply(draft, now);
    }

    /** Takes the validated draft; the family is set apart ({@link #joinFamily}). */
    void apply(PublicationDraft draft, Instant now) {
        type = draft.type();
        title = draft.title();
        abstractText = draft.abstractText();
        language = draft.language();
        publishedOn = draft.publishedOn();
        visibility = draft.visibility();
        projectId = draft.projectId();
        authors.clear();
        authors.addAll(draft.authors());
        themeIds.clear();
        themeIds.addAll(draft.themeIds());
        groupIds.clear();
        groupIds.addAll(draft.groupIds());
        updatedAt = now;
    }

    /** @param familyKey the family's first publication, or null to stand alone */
    void joinFamily(@Nullable Long familyKey) {
        familyId = Objects.equals(familyKey, getId()) ? null : familyKey;
    }

    /** The id the family is known by: its first publication's. */
    long familyKey() {
        return familyId != null ? familyId : Objects.requireNonNull(getId());
    }

    PublicationFile addFile(PublicationFile file, Instant now) {
        files.add(file);
        updatedAt = now;
        return file;
    }

    void removeFile(PublicationFile file, Instant now) {
        files.remove(file);
        updatedAt = now;
    }

    Optional<PublicationFile> file(long fileId) {
        return files.stream().filter(f -> Objects.equals(f.getId(), fileId)).findFirst();
    }

    public int getVersion() {
        return version;
    }

    public PublicationType getType() {
        return type;
    }

    public String getTitle() {
        return title;
    }

    public String getAbstractText() {
        return abstractText;
    }

    public String getLanguage() {
        return language;
    }

    public LocalDate getPublishedOn() {
        return publishedOn;
    }

    public PublicationVisibility getVisibility() {
        return visibility;
    }

    public @Nullable Long getProjectId() {
        return projectId;
    }

    public @Nullable Long getFamilyId() {
        return familyId;
    }

    public List<String> getAuthors() {
        return List.copyOf(authors);
    }

    public Set<Long> getThemeIds() {
        return Set.copyOf(themeIds);
    }

    public Set<Long> getGroupIds() {
        return Set.copyOf(groupIds);
    }

    public List<PublicationFile> getFiles() {
        return List.copyOf(files);
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
