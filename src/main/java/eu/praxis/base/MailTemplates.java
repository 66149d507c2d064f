package eu.praxis.base;

import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;

/** Renders a mail's subject and body from the bundles, replacing {@code %name%} placeholders (braces belong to MessageFormat). */
final class MailTemplates {

    private final MessageSource messages;

    MailTemplates(MessageSource messages) {
        this.messages = messages;
    }

    String render(String key, Locale language, Map<String, String> values) {
        var text = messages.getMessage(key, null, language);
        for (var entry : values.entrySet()) {
            text = text.replace("%" + entry.getKey() + "%", entry.getValue());
        }
        return text;
    }
}
