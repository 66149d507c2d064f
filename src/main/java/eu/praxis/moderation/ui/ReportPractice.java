package eu.praxis.moderation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import eu.praxis.moderation.ModerationService;
import eu.praxis.moderation.ReportedType;
import eu.praxis.practice.PracticeDetails;
import eu.praxis.practice.ui.PracticePageSection;
import eu.praxis.security.Viewer;
import java.util.Optional;

/**
 * "Report this practice" below a practice, through the practice page's extension point, for those who may
 * report it (not its author, not researchers).
 */
@org.springframework.stereotype.Component
class ReportPractice implements PracticePageSection {

    private final ModerationService moderation;

    ReportPractice(ModerationService moderation) {
        this.moderation = moderation;
    }

    @Override
    public Optional<Component> create(PracticeDetails practice, Viewer viewer) {
        var practiceId = practice.id();
        if (!moderation.mayReport(ReportedType.PRACTICE, practiceId)) {
            return Optional.empty();
        }
        var line = new Div();
        line.setId("report-practice");
        line.addClassName("report-line");
        var question = new Span(line.getTranslation("moderation.report.practice-question"));
        question.addClassName("muted");
        line.add(question, ReportButton.button(moderation, ReportedType.PRACTICE, practiceId));
        return Optional.of(line);
    }

    /** Right after the practice's content, before its discussion. */
    @Override
    public int order() {
        return 5;
    }
}
