package eu.praxis.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import eu.praxis.base.ui.Toasts;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The recovery codes, shown once right after enrolment, with copy and download; {@code done} runs on "Continue".
 * Praxis keeps only their hashes, so this is the one chance to save them.
 */
final class RecoveryCodesPanel extends VerticalLayout {

    RecoveryCodesPanel(List<String> codes, Runnable done) {
        setPadding(false);
        addClassName("recovery-codes");
        var text = String.join("\n", codes);
        var list = new Pre(text);
        list.setId("recovery-codes");
        var copy = new Button(getTranslation("two-factor.recovery.copy"), e -> {
            getElement().executeJs("navigator.clipboard.writeText($0)", text);
            Toasts.success(this, "two-factor.recovery.copied");
        });
        var download = new Anchor(
                DownloadHandler.fromInputStream(event -> new DownloadResponse(
                        new ByteArrayInputStream((text + "\n").getBytes(StandardCharsets.UTF_8)),
                        "praxis-recovery-codes.txt",
                        "text/plain",
                        -1)),
                getTranslation("two-factor.recovery.download"));
        var next = new Button(getTranslation("two-factor.recovery.done"), e -> done.run());
        next.addThemeVariants(ButtonVariant.PRIMARY);
        next.setId("recovery-codes-done");
        add(
                new Paragraph(getTranslation("two-factor.recovery.text", codes.size())),
                list,
                new HorizontalLayout(copy, download),
                next);
    }
}
