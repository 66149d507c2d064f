package eu.praxis.project;

import eu.praxis.base.BaseEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.TypeBinderRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.TypeBinding;
import org.jspecify.annotations.Nullable;

/**
 * A European project of the network; see {@link ProjectDraft} for what its fields mean. Indexed for search by
 * {@link ProjectIndexBinder}.
 */
@Entity
@Table(name = "project")
@Indexed
@TypeBinding(binder = @TypeBinderRef(type = ProjectIndexBinder.class))
public class Project extends BaseEntity {

    public static final int ACRONYM_MAX = 40;
    public static final int TITLE_MAX = 300;
    public static final int PROGRAMME_MAX = 120;
    public static final int SUMMARY_MAX = 2000;
    public static final int DESCRIPTION_MAX = 20_000;
    public static final int WEBSITE_MAX = 500;

    @Version
    private int version;

    @Column(name = "acronym", nullable = false)
    private String acronym = "";

    @Column(name = "title", nullable = false)
    private String title = "";

    @Column(name = "programme", nullable = false)
    private String programme = "";

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn = LocalDate.EPOCH;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn = LocalDate.EPOCH;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private ProjectStatus status = ProjectStatus.IN_PREPARATION;

    @Column(name = "summary", nullable = false)
    private String summary = "";

    @Column(name = "description_markdown", nullable = false)
    private String descriptionMarkdown = "";

    @Column(name = "website")
    private @Nullable String website;

    /** The invite-only working group where the partners' people discuss the project (DD027). */
    @Column(name = "team_group_id")
    private @Nullable Long teamGroupId;

    @ElementCollection
    @CollectionTable(name = "project_partner", joinColumns = @JoinColumn(name = "project_id"))
    private List<ProjectPartner> partners = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "project_theme", joinColumns = @JoinColumn(name = "project_id"))
    @Column(name = "theme_id")
    private Set<Long> themeIds = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "project_group", joinColumns = @JoinColumn(name = "project_id"))
    @Column(name = "group_id")
    private Set<Long> groupIds = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "project_output", joinColumns = @JoinColumn(name = "project_id"))
    @Column(name = "practice_id")
    private Set<Long> outputPracticeIds = new HashSet<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.EPOCH;

    protected Project() {}

    Project(ProjectDraft draft, Instant now) {
        createdAt = now;
        apply(draft, now);
    }

    /** Takes the validated draft. */
    void apply(ProjectDraft draft, Instant now) {
        acronym = draft.acronym();
        title = draft.title();
        programme = draft.programme();
        startsOn = draft.startsOn();
        endsOn = draft.endsOn();
        status = draft.status();
        summary = draft.summary();
        descriptionMarkdown = draft.description();
        website = draft.website();
        partners.clear();
        partners.addAll(draft.partners());
        themeIds.clear();
        themeIds.addAll(draft.themeIds());
        groupIds.clear();
        groupIds.addAll(draft.groupIds());
        updatedAt = now;
    }

    /** What the editor starts from: the project as it stands. */
    ProjectDraft draft() {
        return new ProjectDraft(
                acronym,
                title,
                programme,
                startsOn,
                endsOn,
                status,
                summary,
                descriptionMarkdown,
                website,
                getPartners(),
                getThemeIds(),
                getGroupIds());
    }

    void setTeamGroupId(long groupId) {
        teamGroupId = groupId;
    }

    public @Nullable Long getTeamGroupId() {
        return teamGroupId;
    }

    boolean addOutput(long practiceId) {
        return outputPracticeIds.add(practiceId);
    }

    boolean removeOutput(long practiceId) {
        return outputPracticeIds.remove(practiceId);
    }

    public int getVersion() {
        return version;
    }

    public String getAcronym() {
        return acronym;
    }

    public String getTitle() {
        return title;
    }

    public String getProgramme() {
        return programme;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public ProjectStatus getStatus() {
        return status;
    }

    public String getSummary() {
        return summary;
    }

    public String getDescriptionMarkdown() {
        return descriptionMarkdown;
    }

    public @Nullable String getWebsite() {
        return website;
    }

    public List<ProjectPartner> getPartners() {
        return List.copyOf(partners);
    }

    public Set<Long> getThemeIds() {
        return Set.copyOf(themeIds);
    }

    public Set<Long> getGroupIds() {
        return Set.copyOf(groupIds);
    }

    public Set<Long> getOutputPracticeIds() {
        return Set.copyOf(outputPracticeIds);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
