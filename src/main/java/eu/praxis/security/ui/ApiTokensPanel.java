package eu.praxis.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import eu.praxis.base.ui.Actions;
import eu.praxis.base.ui.Toasts;
import eu.praxis.base.ui.ViewerTime;
import eu.praxis.security.ApiTokenItem;
import eu.praxis.security.ApiTokenService;
import eu.praxis.security.CreatedApiToken;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * API tokens on a profile page: on one's own, create one (its secret is shown once, in a dialog), see when
 * each was created and last used, revoke; on someone else's, for the secretariat, see and revoke. Offered by
 * {@code member}'s profile pages; a component of this package because tokens are credentials.
 */
@NamedInterface("ui")
public final class ApiTokensPanel extends VerticalLayout {

    /** The choices of validity; 0 stands for "until revoked". */
    private static final List<Integer> VALIDITY_DAYS = List.of(0, 30, 90, 365);

    static final String DOCS_PATH = "/api/docs";

    private final transient ApiTokenService tokens;
    /** Whose tokens; {@code null} for the logged-in person's own. */
    private final @Nullable Long ownerId;

    private final TextField label = new TextField();
    private final Select<Integer> validity = new Select<>();
    private final Grid<ApiTokenItem> grid = new Grid<>();
    private final Paragraph empty = new Paragraph();

    private ApiTokensPanel(ApiTokenService tokens, @Nullable Long ownerId) {
        this.tokens = tokens;
        this.ownerId = ownerId;
        setPadding(false);
        add(new H2(getTranslation("api.token.title")));
        if (ownerId == null) {
            var docs = new Anchor(DOCS_PATH, getTranslation("api.token.docs"));
            docs.setRouterIgnore(true);
            add(new Paragraph(getTranslation("api.token.intro")), docs, form());
        } else {
            add(new Paragraph(getTranslation("api.token.secretariat-intro")));
        }
        add(empty, grid());
        refresh();
    }

    /** The logged-in person's own tokens, with the form to create one. */
    public static ApiTokensPanel mine(ApiTokenService tokens) {
        return new ApiTokensPanel(tokens, null);
    }

    /** Someone's tokens for the secretariat, who may revoke them (e.g. after a leak) but not create any. */
    public static ApiTokensPanel ofPerson(ApiTokenService tokens, long personId) {
        return new ApiTokensPanel(tokens, personId);
    }

    private Component form() {
        label.setLabel(getTranslation("api.token.label"));
        label.setHelperText(getTranslation("api.token.label.helper"));
        label.setMaxLength(ApiTokenService.LABEL_MAX_LENGTH);
        validity.setLabel(getTranslation("api.token.expiry"));
        validity.setItems(VALIDITY_DAYS);
        validity.setItemLabelGenerator(days ->
                days == 0 ? getTranslation("api.token.expiry.never") : getTranslation("api.token.expiry.days", days));
        validity.setValue(VALIDITY_DAYS.get(2));
        var create = new Button(getTranslation("api.token.create"), e -> create());
        create.addThemeVariants(ButtonVariant.PRIMARY);
        var form = new FormLayout(label, validity, create);
        form.setMaxWidth("40rem");
        return form;
    }

    private Component grid() {
        grid.addColumn(t -> t.prefix() + "…")
                .setHeader(getTranslation("api.token.prefix"))
                .setAutoWidth(true);
        grid.addColumn(ApiTokenItem::label)
                .setHeader(getTranslation("api.token.label"))
                .setFlexGrow(1);
        grid.addColumn(t -> date(t.createdAt()))
                .setHeader(getTranslation("api.token.created-at"))
                .setAutoWidth(true);
        grid.addColumn(t -> t.lastUsedAt() == null ? getTranslation("api.token.last-used.never") : date(t.lastUsedAt()))
                .setHeader(getTranslation("api.token.last-used"))
                .setAutoWidth(true);
        grid.addColumn(t -> t.expiresAt() == null ? getTranslation("api.token.expiry.never") : date(t.expiresAt()))
                .setHeader(getTranslation("api.token.expires"))
                .setAutoWidth(true);
        grid.addColumn(t -> getTranslation("api.token.status." + status(t)))
                .setHeader(getTranslation("api.token.status"))
                .setAutoWidth(true);
        grid.addComponentColumn(t -> {
            var revoke = new Button(getTranslation("api.token.revoke"), e -> confirmRevoke(t));
            revoke.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.ERROR);
            revoke.setVisible(t.active());
            return revoke;
        });
        grid.setId("api-tokens");
        grid.addThemeVariants(GridVariant.NO_BORDER);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private void create() {
        var days = validity.getValue() == null ? 0 : validity.getValue();
        Actions.attempt(this, () -> tokens.create(label.getValue(), days == 0 ? null : Duration.ofDays(days)))
                .ifPresent(created -> {
                    label.clear();
                    refresh();
                    showOnce(created);
                });
    }

    /** The only time the secret is on screen; closing the dialog forgets it. */
    private void showOnce(CreatedApiToken created) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("api.token.created.title"));
        var secret = new TextField();
        secret.setValue(created.secret());
        secret.setReadOnly(true);
        secret.setWidthFull();
        secret.addClassName("api-token-secret");
        var copy = new Button(getTranslation("api.token.created.copy"), e -> {
            secret.getElement().executeJs("navigator.clipboard.writeText($0)", created.secret());
            Toasts.success(this, "api.token.created.copied");
        });
        var done = new Button(getTranslation("api.token.created.done"), e -> dialog.close());
        done.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.add(new Paragraph(getTranslation("api.token.created.text")), secret);
        dialog.getFooter().add(copy, done);
        dialog.setCloseOnOutsideClick(false);
        dialog.addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                dialog.removeAll();
            }
        });
        dialog.open();
    }

    private void confirmRevoke(ApiTokenItem token) {
        Actions.confirm(
                this,
                getTranslation("api.token.revoke.confirm.title"),
                getTranslation("api.token.revoke.confirm.text", token.label()),
                getTranslation("api.token.revoke"),
                () -> Actions.perform(this, () -> tokens.revoke(token.id()), this::refresh, "api.token.revoked"));
    }

    private void refresh() {
        var shown = ownerId == null ? tokens.mine() : tokens.of(ownerId);
        grid.setItems(shown);
        grid.setVisible(!shown.isEmpty());
        empty.setText(getTranslation(ownerId == null ? "api.token.empty" : "api.token.empty-of-person"));
        empty.setVisible(shown.isEmpty());
    }

    private static String status(ApiTokenItem token) {
        if (token.active()) {
            return "active";
        }
        return token.revokedAt() != null ? "revoked" : "expired";
    }

    private String date(@Nullable Instant instant) {
        return instant == null ? "" : ViewerTime.moment(instant);
    }
}
