package eu.praxis.member.ui;

import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import eu.praxis.base.Languages;
import java.util.Locale;

/**
 * A choice among the languages the interface is translated into, each named in its own language. Radio buttons
 * rather than a Select: a required Select puts aria-required on its value button, which ARIA does not allow
 * there (axe aria-allowed-attr; https://github.com/vaadin/web-components/issues/7337); a radio group may be
 * required.
 */
final class LanguageChoice extends RadioButtonGroup<Locale> {

    LanguageChoice() {
        setLabel(getTranslation("common.language"));
        setItems(Languages.SUPPORTED);
        setItemLabelGenerator(l -> l == null ? "" : getTranslation("language." + l.getLanguage()));
        setValue(Languages.closest(getLocale()));
    }
}
