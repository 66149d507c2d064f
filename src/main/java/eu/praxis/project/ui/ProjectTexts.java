package eu.praxis.project.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import eu.praxis.project.ProjectStatus;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** How project pages and lists word a project's period and status. */
final class ProjectTexts {

    private ProjectTexts() {}

    static String period(Component context, LocalDate startsOn, LocalDate endsOn) {
        var format = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(UI.getCurrent().getLocale());
        return context.getTranslation("project.dates", format.format(startsOn), format.format(endsOn));
    }

    static Span status(Component context, ProjectStatus status) {
        var badge = new Span(context.getTranslation("project.status." + status));
        badge.addClassNames(
                "group-badge",
                switch (status) {
                    case RUNNING -> "group-badge-success";
                    case IN_PREPARATION -> "group-badge-warning";
                    case CLOSED -> "group-badge-contrast";
                });
        return badge;
    }
}
