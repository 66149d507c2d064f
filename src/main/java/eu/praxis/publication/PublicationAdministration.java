package eu.praxis.publication;

import eu.praxis.base.AuditedAction;
import eu.praxis.base.NotFoundException;
import eu.praxis.base.TextInput;
import eu.praxis.base.UserFacingException;
import eu.praxis.base.files.FileNames;
import eu.praxis.base.files.Uploads;
import eu.praxis.group.GroupDirectory;
import eu.praxis.practice.ThemeService;
import eu.praxis.project.ProjectDirectory;
import eu.praxis.security.CurrentUser;
import eu.praxis.security.Role;
import java.io.InputStream;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The secretariat publishes publications ({@link PublicationPolicy#mayAdminister}), changes them, adds and removes
 * their files and deletes them; every change is in the audit log ({@code publication.create}, {@code .change},
 * {@code .file}, {@code .delete}). A draft is checked as a whole and refused with a message for the first thing
 * wrong. A publication made an edition of another joins that one's family; one family holds one edition per language.
 */
@Service
@PreAuthorize("hasRole('" + Role.ADMIN_NAME + "')")
@Transactional
public class PublicationAdministration {

    private static final Set<String> LANGUAGES = Set.copyOf(Arrays.asList(Locale.getISOLanguages()));

    private final PublicationRepository publications;
    private final ThemeService themes;
    private final GroupDirectory groups;
    private final ProjectDirectory projects;
    private final Uploads uploads;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    PublicationAdministration(
            PublicationRepository publications,
            ThemeService themes,
            GroupDirectory groups,
            ProjectDirectory projects,
            Uploads uploads,
            ApplicationEventPublisher publisher,
            Clock clock) {
        this.publications = publications;
        this.themes = themes;
        this.groups = groups;
        this.projects = projects;
        this.uploads = uploads;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** @return the new publication's id */
    public long create(PublicationDraft draft) {
        var valid = validated(draft, null);
        var publication = publications.saveAndFlush(new Publication(valid, clock.instant()));
        publication.joinFamily(familyKeyOf(valid.editionOfId()));
        var id = Objects.requireNonNull(publication.getId());
        audit("publication.create", id);
        return id;
    }

    /**
     * @param expectedVersion the version the editor started from; a change made meanwhile by someone else is not
     *     overwritten
     */
    public void update(long id, PublicationDraft draft, int expectedVersion) {
        var publication = publications.findById(id).orElseThrow(NotFoundException::new);
        if (publication.getVersion() != expectedVersion) {
            throw new UserFacingException("publication.error.changed-meanwhile");
        }
        var valid = validated(draft, publication);
        var familyKey = familyKeyOf(valid.editionOfId());
        if (!Objects.equals(familyKey == null ? id : familyKey, publication.familyKey())) {
            leaveFamily(publication);
            publication.joinFamily(familyKey);
        }
        publication.apply(valid, clock.instant());
        audit("publication.change", id);
    }

    /** Deletes the publication with its files; its other editions stay, as a family of their own. */
    public void delete(long id) {
        var publication = publications.findById(id).orElseThrow(NotFoundException::new);
        leaveFamily(publication);
        var contents =
                publication.getFiles().stream().map(PublicationFile::getSha256).toList();
        publications.delete(publication);
        // flushed, so that the file store's question "does any row still name it" no longer sees these rows
        publications.flush();
        contents.forEach(uploads::releaseAfterCommit);
        audit("publication.delete", id);
    }

    /**
     * Adds a file, refused like any upload (size, type, extension, damage); its text is extracted for search.
     *
     * @param fileName as the uploader gave it; cleaned
     */
    public PublicationFileItem attachFile(long id, InputStream content, String fileName) {
        var publication = publications.findById(id).orElseThrow(NotFoundException::new);
        if (publication.getFiles().size() >= Publication.FILES_MAX) {
            throw new UserFacingException("publication.error.too-many-files", Publication.FILES_MAX);
        }
        var accepted = uploads.acceptForRow(content, fileName);
        var text = FileNames.bounded(
                uploads.text(accepted.sha256(), accepted.mediaType()).replace("\u0000", ""),
                PublicationFile.EXTRACTED_TEXT_MAX);
        var now = clock.instant();
        var file = publication.addFile(
                new PublicationFile(
                        accepted.sha256(),
                        accepted.fileName(),
                        accepted.mediaType(),
                        accepted.size(),
                        text,
                        CurrentUser.require().personId(),
                        now),
                now);
        publications.flush();
        audit("publication.file", id);
        return file.toItem();
    }

    /** Removes a file; its content goes from the store after commit unless another row names it. */
    public void removeFile(long fileId) {
        var publication = publications.findByFileId(fileId).orElseThrow(NotFoundException::new);
        var file = publication.file(fileId).orElseThrow(NotFoundException::new);
        publication.removeFile(file, clock.instant());
        publications.flush();
        uploads.releaseAfterCommit(file.getSha256());
        audit("publication.file", Objects.requireNonNull(publication.getId()));
    }

    /** The family a publication joins as an edition of another; null for none. */
    private @Nullable Long familyKeyOf(@Nullable Long editionOfId) {
        return editionOfId == null
                ? null
                : publications
                        .findById(editionOfId)
                        .orElseThrow(NotFoundException::new)
                        .familyKey();
    }

    /** When the family's first publication leaves, the next one becomes the first of those that stay. */
    private void leaveFamily(Publication publication) {
        if (publication.getFamilyId() != null) {
            return;
        }
        var others = publications.findFamily(publication.familyKey()).stream()
                .filter(p -> !p.equals(publication))
                .toList();
        if (others.isEmpty()) {
            return;
        }
        var next = Objects.requireNonNull(others.getFirst().getId());
        others.forEach(p -> p.joinFamily(next));
        publications.flush();
    }

    /** The draft with its texts trimmed, or a refusal naming the first thing wrong. */
    private PublicationDraft validated(PublicationDraft draft, @Nullable Publication current) {
        var title = TextInput.required(draft.title(), Publication.TITLE_MAX, "publication.error.title");
        var abstractText =
                TextInput.optional(draft.abstractText(), Publication.ABSTRACT_MAX, "publication.error.abstract");
        var language = draft.language().strip().toLowerCase(Locale.ROOT);
        if (!LANGUAGES.contains(language)) {
            throw new UserFacingException("publication.error.language");
        }
        var authors = draft.authors().stream()
                .map(a -> TextInput.optional(a, Publication.AUTHOR_MAX, "publication.error.author"))
                .filter(a -> !a.isEmpty())
                .toList();
        if (authors.size() > Publication.AUTHORS_MAX) {
            throw new UserFacingException("publication.error.too-many-authors", Publication.AUTHORS_MAX);
        }
        if (draft.visibility() == PublicationVisibility.GROUPS
                && draft.groupIds().isEmpty()) {
            throw new UserFacingException("publication.error.groups-required");
        }
        if (draft.projectId() != null
                && projects.acronyms(List.of(draft.projectId())).isEmpty()) {
            throw new UserFacingException("publication.error.unknown-project");
        }
        if (themes.items(draft.themeIds()).size() != draft.themeIds().size()) {
            throw new UserFacingException("publication.error.unknown-theme");
        }
        if (groups.groupNames(draft.groupIds()).size() != draft.groupIds().size()) {
            throw new UserFacingException("publication.error.unknown-group");
        }
        checkEdition(draft.editionOfId(), language, current);
        return new PublicationDraft(
                draft.type(),
                title,
                abstractText,
                language,
                draft.publishedOn(),
                authors,
                draft.visibility(),
                draft.projectId(),
                draft.themeIds(),
                draft.groupIds(),
                draft.editionOfId());
    }

    /** An edition of another existing publication, in a language its family does not have yet. */
    private void checkEdition(@Nullable Long editionOfId, String language, @Nullable Publication current) {
        if (editionOfId == null) {
            return;
        }
        var of = publications
                .findById(editionOfId)
                .filter(p -> !p.equals(current))
                .orElseThrow(() -> new UserFacingException("publication.error.unknown-edition"));
        var taken = publications.findFamily(of.familyKey()).stream()
                .filter(p -> !p.equals(current))
                .map(Publication::getLanguage)
                .collect(Collectors.toSet());
        if (taken.contains(language)) {
            throw new UserFacingException("publication.error.edition-language");
        }
    }

    private void audit(String action, long publicationId) {
        publisher.publishEvent(new AuditedAction(
                CurrentUser.require().personId(), action, "publication", publicationId, null, null, clock.instant()));
    }
}
