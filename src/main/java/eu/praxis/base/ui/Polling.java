package eu.praxis.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import org.jspecify.annotations.Nullable;

/**
 * Asks the browser to poll while a background job runs (an import, an index rebuild), so that a view can show
 * its progress without server push; polling stops when the view says so or is detached.
 */
public final class Polling {

    private final Component owner;
    private final int intervalMillis;
    private final Runnable onPoll;
    private @Nullable Registration listener;

    public Polling(Component owner, int intervalMillis, Runnable onPoll) {
        this.owner = owner;
        this.intervalMillis = intervalMillis;
        this.onPoll = onPoll;
        owner.addDetachListener(event -> stop(event.getUI()));
    }

    public void start() {
        owner.getUI().ifPresent(ui -> {
            stop(ui);
            ui.setPollInterval(intervalMillis);
            listener = ui.addPollListener(event -> onPoll.run());
        });
    }

    public void stop() {
        owner.getUI().ifPresent(this::stop);
    }

    private void stop(UI ui) {
        if (listener != null) {
            listener.remove();
            listener = null;
        }
        ui.setPollInterval(-1);
    }
}
