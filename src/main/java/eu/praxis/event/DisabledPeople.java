package eu.praxis.event;

import eu.praxis.member.PersonDisabled;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** A disabled person's calendar feed ends with their account: the feed needs no login, so it must go. */
@Component
class DisabledPeople {

    private final CalendarFeedRepository feeds;

    DisabledPeople(CalendarFeedRepository feeds) {
        this.feeds = feeds;
    }

    @ApplicationModuleListener
    void on(PersonDisabled disabled) {
        feeds.deleteById(disabled.personId());
    }
}
