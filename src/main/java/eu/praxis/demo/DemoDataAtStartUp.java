package eu.praxis.demo;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Loads the demo data on the first start of the default run (profile {@code demo}): skips if any organisation
 * exists.
 */
@Component
@Profile("demo")
class DemoDataAtStartUp {

    private final DemoData demo;

    DemoDataAtStartUp(DemoData demo) {
        this.demo = demo;
    }

    @EventListener(ApplicationReadyEvent.class)
    void load() {
        demo.loadIntoEmptyDatabase();
    }
}
