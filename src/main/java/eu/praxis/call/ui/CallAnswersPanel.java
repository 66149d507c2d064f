package eu.praxis.call.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadHandler;
import eu.praxis.base.ui.Actions;
import eu.praxis.base.ui.ViewerTime;
import eu.praxis.call.AnswerItem;
import eu.praxis.call.AnswerStatus;
import eu.praxis.call.CallAnswering;
import eu.praxis.call.CallDetails;
import eu.praxis.call.CallReview;
import java.util.List;

/** The secretariat's view of a call's answers: each with its letter and the decisions, and the CSV export. */
final class CallAnswersPanel extends Section {

    private final CallReview review;
    private final long callId;
    private final Grid<AnswerItem> grid = new Grid<>();
    private final H2 heading = new H2();

    CallAnswersPanel(CallReview review, CallAnswering answering, CallDetails call) {
        this.review = review;
        this.callId = call.id();
        setId("call-answers");
        setWidthFull();
        grid.addColumn(AnswerItem::organisationName)
                .setHeader(getTranslation("call.answers.organisation"))
                .setAutoWidth(true);
        grid.addColumn(AnswerItem::personName).setHeader(getTranslation("call.answers.person"));
        grid.addColumn(AnswerItem::motivation)
                .setHeader(getTranslation("call.answer.motivation"))
                .setFlexGrow(3);
        grid.addComponentColumn(a -> a.letterFileName() == null ? new Span() : CallView.letterLink(answering, a))
                .setHeader(getTranslation("call.answers.letter"));
        grid.addColumn(a -> ViewerTime.moment(a.submittedAt()))
                .setHeader(getTranslation("call.answers.submitted"))
                .setAutoWidth(true);
        grid.addComponentColumn(a -> CallTexts.answer(this, a.status()))
                .setHeader(getTranslation("call.answers.status"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::decisions).setHeader(getTranslation("call.answers.decide"));
        grid.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("call.answers.empty"));
        // streamed when clicked, with the secretariat's right checked again by the service
        DownloadHandler csv = download -> {
            download.setFileName("answers-" + callId + ".csv");
            download.setContentType("text/csv; charset=UTF-8");
            review.exportAnswers(callId, download.getOutputStream());
        };
        var export = new Anchor(csv, getTranslation("call.answers.export"));
        export.setId("export-answers");
        add(heading, export, grid);
        refresh();
    }

    private Div decisions(AnswerItem answer) {
        var buttons = new Div();
        for (var decision : List.of(AnswerStatus.SHORTLISTED, AnswerStatus.ACCEPTED, AnswerStatus.DECLINED)) {
            if (answer.status() != decision) {
                var button = new Button(
                        getTranslation("call.answers.decide." + decision),
                        e -> Actions.perform(
                                this,
                                () -> review.decide(answer.id(), decision),
                                this::refresh,
                                "call.answers.decided",
                                answer.organisationName()));
                button.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
                button.getElement().setAttribute("data-decision", decision.name());
                buttons.add(button);
            }
        }
        return buttons;
    }

    private void refresh() {
        var answers = review.answers(callId);
        heading.setText(getTranslation("call.answers.title", answers.size()));
        grid.setItems(answers);
    }
}
