package eu.praxis.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import eu.praxis.base.ui.Actions;
import eu.praxis.base.ui.Toasts;
import eu.praxis.base.ui.ViewerTime;
import eu.praxis.security.TwoFactorService;
import eu.praxis.security.TwoFactorStatus;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * Two-factor sign-in on a profile page: on one's own, its state, enrolment and removal (with the password or a code);
 * on someone else's, for the secretariat, its state and the reset with a reason. Offered by {@code member}'s profile
 * pages, like {@link ApiTokensPanel}.
 */
@NamedInterface("ui")
public final class TwoFactorPanel extends VerticalLayout {

    private final transient TwoFactorService service;
    /** Whose; {@code null} for the logged-in person's own. */
    private final @Nullable Long ownerId;

    private final VerticalLayout body = new VerticalLayout();

    private TwoFactorPanel(TwoFactorService service, @Nullable Long ownerId) {
        this.service = service;
        this.ownerId = ownerId;
        setPadding(false);
        setId("two-factor");
        body.setPadding(false);
        add(new H2(getTranslation("two-factor.title")), body);
        refresh();
    }

    public static TwoFactorPanel mine(TwoFactorService service) {
        return new TwoFactorPanel(service, null);
    }

    public static TwoFactorPanel ofPerson(TwoFactorService service, long personId) {
        return new TwoFactorPanel(service, personId);
    }

    private void refresh() {
        body.removeAll();
        var status = ownerId == null ? service.mine() : service.of(ownerId);
        var state = new Paragraph(state(status));
        state.setId("two-factor-state");
        body.add(state);
        if (ownerId != null) {
            if (status.enrolled()) {
                var reset = new Button(getTranslation("two-factor.reset"), e -> askReset(ownerId));
                reset.addThemeVariants(ButtonVariant.ERROR);
                reset.setId("two-factor-reset");
                body.add(reset);
            }
            return;
        }
        if (!status.available()) {
            body.add(new Paragraph(getTranslation("two-factor.unavailable")));
        } else if (!status.enrolled()) {
            body.add(new Paragraph(getTranslation("two-factor.intro")));
            var enrol = new Button(getTranslation("two-factor.enrol.start"), e -> enrol());
            enrol.addThemeVariants(ButtonVariant.PRIMARY);
            enrol.setId("two-factor-enrol");
            body.add(enrol);
        } else if (status.required()) {
            body.add(new Paragraph(getTranslation("two-factor.required")));
        } else {
            var remove = new Button(getTranslation("two-factor.remove"), e -> askRemove());
            remove.addThemeVariants(ButtonVariant.ERROR);
            remove.setId("two-factor-remove");
            body.add(remove);
        }
    }

    private String state(TwoFactorStatus status) {
        if (!status.enrolled()) {
            return getTranslation(status.required() ? "two-factor.state.missing-required" : "two-factor.state.off");
        }
        return getTranslation(
                "two-factor.state.on",
                status.enrolledAt() == null ? "" : ViewerTime.moment(status.enrolledAt()),
                status.recoveryCodesLeft());
    }

    private void enrol() {
        Actions.attempt(this, service::startEnrolment).ifPresent(enrolment -> {
            var dialog = new Dialog();
            dialog.setHeaderTitle(getTranslation("two-factor.enrol.title"));
            dialog.setCloseOnOutsideClick(false);
            dialog.add(new EnrolmentForm(enrolment, service::confirmEnrolment, codes -> showCodes(dialog, codes)));
            dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()));
            dialog.open();
        });
    }

    private void showCodes(Dialog dialog, List<String> codes) {
        dialog.removeAll();
        dialog.getFooter().removeAll();
        dialog.setHeaderTitle(getTranslation("two-factor.recovery.title"));
        // Closing forgets the codes: they are on screen this once only.
        dialog.add(new RecoveryCodesPanel(codes, dialog::close));
        dialog.addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                dialog.removeAll();
            }
        });
        refresh();
    }

    private void askRemove() {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("two-factor.remove.title"));
        var confirmation = new PasswordField(getTranslation("two-factor.remove.confirmation"));
        confirmation.setId("two-factor-remove-confirmation");
        confirmation.setWidthFull();
        var remove = new Button(
                getTranslation("two-factor.remove"),
                e -> Actions.attempt(this, () -> {
                            service.removeMine(confirmation.getValue());
                            return true;
                        })
                        .ifPresentOrElse(
                                done -> {
                                    dialog.close();
                                    Toasts.success(this, "two-factor.removed");
                                    refresh();
                                },
                                confirmation::clear));
        remove.addThemeVariants(ButtonVariant.ERROR);
        remove.setId("two-factor-remove-confirm");
        dialog.add(new Paragraph(getTranslation("two-factor.remove.text")), confirmation);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), remove);
        dialog.open();
    }

    private void askReset(long personId) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("two-factor.reset.title"));
        var reason = new TextArea(getTranslation("two-factor.reset.reason"));
        reason.setId("two-factor-reset-reason");
        reason.setMaxLength(TwoFactorService.REASON_MAX_LENGTH);
        reason.setWidthFull();
        var reset = new Button(
                getTranslation("two-factor.reset"),
                e -> Actions.attempt(this, () -> {
                            service.reset(personId, reason.getValue());
                            return true;
                        })
                        .ifPresent(done -> {
                            dialog.close();
                            Toasts.success(this, "two-factor.reset.done");
                            refresh();
                        }));
        reset.addThemeVariants(ButtonVariant.ERROR);
        reset.setId("two-factor-reset-confirm");
        dialog.add(new Paragraph(getTranslation("two-factor.reset.text")), reason);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), reset);
        dialog.open();
    }
}
