package eu.praxis.practice.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import eu.praxis.base.ui.Toasts;
import eu.praxis.base.ui.ViewerTime;
import eu.praxis.practice.PracticeLibrary;
import eu.praxis.practice.RevisionSummary;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A practice's history for those who may read it ({@code PracticeDetails.mayReadHistory}), newest first: the version,
 * when, who, the status after the change and what changed. Choosing a revision shows the practice as it was then,
 * read-only, if the viewer may read that text (a draft's only the author's organisation); readers get
 * {@link ChangeReasonsDialog} instead.
 */
final class HistoryDialog extends Dialog {

    /** Audited properties a reader recognises, with the label the form gives them; the others are bookkeeping. */
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("title", "practice.field.title"),
            Map.entry("summary", "practice.field.summary"),
            Map.entry("city", "practice.field.city"),
            Map.entry("country", "practice.field.country"),
            Map.entry("language", "practice.field.language"),
            Map.entry("periodStart", "practice.field.period-start"),
            Map.entry("periodEnd", "practice.field.period-end"),
            Map.entry("themeIds", "practice.field.themes"),
            Map.entry("groupIds", "practice.field.groups"),
            Map.entry("wholeNetwork", "practice.field.whole-network"),
            Map.entry("objectives", "practice.field.objectives"),
            Map.entry("actions", "practice.field.actions"),
            Map.entry("partners", "practice.field.partners"),
            Map.entry("results", "practice.field.results"),
            Map.entry("evaluation", "practice.field.evaluation"),
            Map.entry("contact", "practice.field.contact"),
            Map.entry("body", "practice.field.body"),
            Map.entry("evidenceProblem", "practice.evidence.problem"),
            Map.entry("evidenceLogic", "practice.evidence.logic"),
            Map.entry("evidenceDesign", "practice.evidence.design"),
            Map.entry("evidenceOutcomes", "practice.evidence.outcomes"),
            Map.entry("evidenceTransferability", "practice.evidence.transferability"),
            Map.entry("evidenceLevel", "practice.evidence-level"),
            Map.entry("status", "common.status"),
            Map.entry("attachmentNames", "practice.attachments.title"));

    HistoryDialog(PracticeLibrary practices, long practiceId, Map<Long, String> groupSlugs) {
        setHeaderTitle(getTranslation("practice.history.title"));
        setWidth("min(60rem, 95vw)");
        var grid = new Grid<RevisionSummary>();
        grid.addColumn(RevisionSummary::version)
                .setHeader(getTranslation("practice.history.version"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(r -> ViewerTime.moment(r.when()))
                .setHeader(getTranslation("practice.history.when"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(r -> r.personName().isBlank() ? getTranslation("practice.history.system") : r.personName())
                .setHeader(getTranslation("practice.history.who"));
        grid.addColumn(r -> getTranslation("practice.status." + r.status().name()))
                .setHeader(getTranslation("common.status"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(this::changes)
                .setHeader(getTranslation("practice.history.changed"))
                .setFlexGrow(2);
        grid.addColumn(r -> r.reason() == null ? "" : r.reason())
                .setHeader(getTranslation("common.reason"))
                .setFlexGrow(1);
        grid.addThemeVariants(GridVariant.ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.setItems(practices.history(practiceId));
        grid.addItemClickListener(e -> {
            if (e.getItem().readable()) {
                showRevision(practices, practiceId, e.getItem(), groupSlugs);
            } else {
                Toasts.info(this, "practice.history.draft-text");
            }
        });
        add(new Paragraph(getTranslation("practice.history.help")), grid);
        getFooter().add(new Button(getTranslation("common.close"), e -> close()));
    }

    private String changes(RevisionSummary revision) {
        if (revision.changedFields().isEmpty()) {
            return getTranslation("practice.history.created");
        }
        var changed = revision.changedFields().stream()
                .map(LABELS::get)
                .filter(Objects::nonNull)
                .distinct()
                .map(this::getTranslation)
                .sorted()
                .collect(Collectors.joining(", "));
        // only bookkeeping changed (saved again as it was): say so rather than leave the column empty
        return changed.isEmpty() ? getTranslation("practice.history.unchanged") : changed;
    }

    private void showRevision(
            PracticeLibrary practices, long practiceId, RevisionSummary revision, Map<Long, String> groupSlugs) {
        var old = practices.revision(practiceId, revision.revisionNumber());
        var dialog = new Dialog();
        dialog.addClassName("practice-revision");
        dialog.setHeaderTitle(
                getTranslation("practice.history.revision", old.title(), ViewerTime.moment(revision.when())));
        dialog.setWidth("min(60rem, 95vw)");
        dialog.add(new PracticeContent(old, groupSlugs));
        dialog.getFooter().add(new Button(getTranslation("common.close"), e -> dialog.close()));
        dialog.open();
    }
}
