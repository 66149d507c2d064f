package eu.praxis.security;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import eu.praxis.base.Languages;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * A logged-in person sees the interface in their preferred language; a visitor in the browser's.
 * The choice is kept in the Vaadin session so that a change of language in the profile sticks
 * for the rest of the session.
 */
@Component
public class UiLanguage implements VaadinServiceInitListener {

    private static final String CHOSEN = UiLanguage.class.getName() + ".chosen";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            var ui = init.getUI();
            var session = ui.getSession();
            var chosen = (Locale) session.getAttribute(CHOSEN);
            if (chosen == null) {
                chosen = CurrentUser.get().map(PraxisUser::language).orElseGet(() -> Languages.closest(ui.getLocale()));
                if (CurrentUser.get().isPresent()) {
                    session.setAttribute(CHOSEN, chosen);
                }
            }
            session.setLocale(chosen);
            ui.setLocale(chosen);
        });
    }

    /** Switches the language of the current session, e.g. after the person changed it in their profile. */
    public static void choose(Locale language) {
        var session = VaadinSession.getCurrent();
        var locale = Languages.closest(language);
        session.setAttribute(CHOSEN, locale);
        session.setLocale(locale);
    }
}
