package eu.praxis.base;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

/**
 * Vaadin's translations come from Spring's message source, so views ({@code getTranslation}) and
 * services (mail) read the same per-feature bundles under {@code messages/}.
 */
@Component
class TranslationProvider implements I18NProvider {

    private final MessageSource messages;

    TranslationProvider(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return Languages.SUPPORTED;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        try {
            return messages.getMessage(key, params, Languages.closest(locale));
        } catch (NoSuchMessageException e) {
            // A missing key is a bug; show it visibly rather than failing the whole view.
            return "!" + key;
        }
    }
}
