package eu.praxis.call.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import eu.praxis.call.AnswerStatus;

/** How call pages and lists word whether a call is open and where an answer stands. */
final class CallTexts {

    private CallTexts() {}

    static Span open(Component context, boolean open) {
        var badge = new Span(context.getTranslation(open ? "call.open" : "call.closed"));
        badge.addClassNames("group-badge", open ? "group-badge-success" : "group-badge-contrast");
        return badge;
    }

    static Span answer(Component context, AnswerStatus status) {
        var badge = new Span(context.getTranslation("call.answer.status." + status));
        badge.addClassNames(
                "group-badge",
                switch (status) {
                    case DRAFT, RECEIVED -> "group-badge";
                    case SHORTLISTED -> "group-badge-warning";
                    case ACCEPTED -> "group-badge-success";
                    case DECLINED -> "group-badge-contrast";
                });
        return badge;
    }
}
