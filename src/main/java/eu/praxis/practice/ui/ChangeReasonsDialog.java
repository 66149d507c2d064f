package eu.praxis.practice.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import eu.praxis.base.ui.ViewerTime;
import eu.praxis.practice.ChangeReason;
import eu.praxis.practice.PracticeDetails;
import eu.praxis.practice.PracticeLibrary;

/**
 * A practice's changes as every reader may know them: its current version and when it was last changed, and the
 * reasons moderators gave for their edits and redactions, never the older texts (those are for its editors,
 * {@link HistoryDialog}).
 */
final class ChangeReasonsDialog extends Dialog {

    ChangeReasonsDialog(PracticeLibrary practices, PracticeDetails practice) {
        setHeaderTitle(getTranslation("practice.history.title"));
        setWidth("min(40rem, 95vw)");
        addClassName("practice-change-reasons");
        var current = new Paragraph(getTranslation(
                "practice.history.current", ViewerTime.date(practice.updatedAt()), practice.versionNumber()));
        current.setId("practice-current-version");
        add(current, new Paragraph(getTranslation("practice.history.readers-help")));
        var reasons = practices.changeReasons(practice.id());
        if (reasons.isEmpty()) {
            add(new Paragraph(getTranslation("practice.history.no-reasons")));
        } else {
            var grid = new Grid<ChangeReason>();
            grid.addColumn(ChangeReason::version)
                    .setHeader(getTranslation("practice.history.version"))
                    .setAutoWidth(true)
                    .setFlexGrow(0);
            grid.addColumn(r -> ViewerTime.moment(r.when()))
                    .setHeader(getTranslation("practice.history.when"))
                    .setAutoWidth(true)
                    .setFlexGrow(0);
            grid.addColumn(ChangeReason::reason).setHeader(getTranslation("common.reason"));
            grid.addThemeVariants(GridVariant.ROW_STRIPES);
            grid.setAllRowsVisible(true);
            grid.setItems(reasons);
            add(grid);
        }
        getFooter().add(new Button(getTranslation("common.close"), e -> close()));
    }
}
