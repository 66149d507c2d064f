package eu.praxis.practice;

import eu.praxis.searchindex.SearchDocument;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;

/**
 * Writes a practice into the search index: its texts (and its attachments' extracted text) into the fields of
 * its language (the evidence criteria among them, DD032), facets (the evidence level among them) and the fields
 * the search's permission filter reads. Drafts are indexed too, marked unpublished. Attachment texts come through a read-only collection ({@link AttachmentText}), which the
 * mass indexer loads per batch of practices; attachments change through their own entity, so their changes
 * reach the index through {@link PracticeAttachmentsChanged} (the search feature reindexes), not through
 * dirty checking.
 */
public class PracticeIndexBinder implements TypeBinder {

    @Override
    public void bind(TypeBindingContext context) {
        // a change to any of these reindexes the practice; attachments come through the event above
        context.dependencies()
                .use("type")
                .use("status")
                .use("title")
                .use("slug")
                .use("summary")
                .use("city")
                .use("country")
                .use("language")
                .use("periodStart")
                .use("wholeNetwork")
                .use("objectives")
                .use("actions")
                .use("partners")
                .use("results")
                .use("evaluation")
                .use("contact")
                .use("body")
                .use("evidenceProblem")
                .use("evidenceLogic")
                .use("evidenceDesign")
                .use("evidenceOutcomes")
                .use("evidenceTransferability")
                .use("evidenceLevel")
                .use("authorId")
                .use("authorOrganisationId")
                .use("updatedAt")
                .use("publishedAt")
                .use("themeIds")
                .use("groupIds")
                .use("moderation");
        context.bridge(Practice.class, new Bridge(SearchDocument.declare(context)));
    }

    private record Bridge(SearchDocument.Fields fields) implements TypeBridge<Practice> {

        @Override
        public void write(DocumentElement target, Practice p, TypeBridgeWriteContext context) {
            var text = Stream.concat(
                            Stream.of(
                                    p.getObjectives(),
                                    p.getActions(),
                                    p.getPartners(),
                                    p.getResults(),
                                    p.getEvaluation(),
                                    p.getContact(),
                                    p.getBody()),
                            Stream.concat(p.getEvidence().texts(), p.getAttachmentTexts().stream()))
                    .filter(Objects::nonNull)
                    .collect(Collectors.joining("\n\n"));
            var date = p.getPublishedAt() != null ? p.getPublishedAt() : p.getUpdatedAt();
            fields.write(
                    target,
                    new SearchDocument.Content(
                            p.getType().name(),
                            p.getLanguage(),
                            p.getTitle(),
                            p.getSummary(),
                            text,
                            p.getThemeIds(),
                            p.getGroupIds(),
                            p.getCountry(),
                            p.getCity(),
                            p.getPeriodStart().getYear(),
                            date,
                            p.getSlug(),
                            p.isPublished(),
                            p.isWholeNetwork(),
                            p.getAuthorId(),
                            p.getAuthorOrganisationId(),
                            p.getAuthorId(),
                            p.getModeration().isHidden(),
                            p.getModeration().isDeleted(),
                            false,
                            Set.of()));
            var level = p.getEvidenceLevel();
            fields.writeEvidenceLevel(target, level == null ? null : level.code());
        }
    }
}
