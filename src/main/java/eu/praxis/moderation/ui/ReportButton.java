package eu.praxis.moderation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import eu.praxis.content.ui.PostActions;
import eu.praxis.moderation.ModerationService;
import eu.praxis.moderation.ReportedType;
import eu.praxis.security.CurrentUser;
import java.util.Optional;

/**
 * "Report" on every post of someone else, for those who may report ({@link eu.praxis.moderation.ModerationPolicy}:
 * not researchers); contributed to the discussion feature through {@link PostActions} (DD017). The service
 * checks again when the report is sent.
 */
@org.springframework.stereotype.Component
class ReportButton implements PostActions {

    static final String ACTION = "report";

    private final ModerationService moderation;

    ReportButton(ModerationService moderation) {
        this.moderation = moderation;
    }

    @Override
    public Optional<Component> create(String targetType, long postId, long authorId) {
        var user = CurrentUser.require();
        if (user.isResearcher() || user.personId() == authorId) {
            return Optional.empty();
        }
        var type = "thread".equals(targetType) ? ReportedType.THREAD : ReportedType.REPLY;
        return Optional.of(button(moderation, type, postId));
    }

    static Button button(ModerationService moderation, ReportedType type, long targetId) {
        var button = new Button(VaadinIcon.FLAG_O.create());
        button.setText(button.getTranslation("moderation.report"));
        button.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
        button.getElement().setAttribute("data-action", ACTION);
        button.addClickListener(e -> new ReportDialog(moderation, type, targetId).open());
        return button;
    }
}
