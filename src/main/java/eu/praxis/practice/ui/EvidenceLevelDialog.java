package eu.praxis.practice.ui;

import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import eu.praxis.base.ui.Actions;
import eu.praxis.practice.EvidenceLevel;
import eu.praxis.practice.PracticeDetails;
import eu.praxis.practice.PracticeEvidence;
import java.util.Optional;
import java.util.stream.Stream;

/** A reviewer sets a practice's evidence level, or takes it back ("Not assessed"), DD032. */
final class EvidenceLevelDialog extends Dialog {

    /** The choice "Not assessed": a radio group cannot offer {@code null} as an item. */
    private static final String NONE = "none";

    EvidenceLevelDialog(PracticeEvidence evidence, PracticeDetails practice, Runnable saved) {
        setHeaderTitle(getTranslation("practice.evidence-level.set"));
        setId("evidence-level-dialog");
        var levels = new RadioButtonGroup<String>(getTranslation("practice.evidence-level"));
        levels.setId("evidence-level-choice");
        levels.setItems(
                Stream.concat(Stream.of(NONE), Stream.of(EvidenceLevel.values()).map(EvidenceLevel::code))
                        .toList());
        levels.setItemLabelGenerator(code -> getTranslation("practice.evidence-level." + code));
        levels.setValue(Optional.ofNullable(practice.evidenceLevel())
                .map(EvidenceLevel::code)
                .orElse(NONE));
        add(new Paragraph(getTranslation("practice.evidence-level.help")), levels);
        Actions.saveFooter(
                this,
                () -> {
                    evidence.setEvidenceLevel(
                            practice.id(),
                            EvidenceLevel.ofCode(levels.getValue()).orElse(null));
                    return practice.id();
                },
                "practice.evidence-level.saved",
                id -> saved.run(),
                "save-evidence-level");
    }
}
