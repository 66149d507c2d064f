package eu.praxis.member.ui;

import com.vaadin.flow.component.select.Select;
import eu.praxis.base.Languages;
import java.util.Locale;

/** A choice among the languages the interface is translated into, each named in its own language. */
final class LanguageSelect extends Select<Locale> {

    LanguageSelect() {
        setLabel(getTranslation("common.language"));
        setItems(Languages.SUPPORTED);
        setItemLabelGenerator(l -> l == null ? "" : getTranslation("language." + l.getLanguage()));
        setValue(Languages.closest(getLocale()));
    }
}
