package eu.praxis.event;

import java.util.List;
import java.util.Objects;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Gives free places to the waiting list, first come first served, after a larger capacity or a withdrawal. */
@Component
class WaitingList {

    private final ApplicationEventPublisher publisher;

    WaitingList(ApplicationEventPublisher publisher) {
        this.publisher = publisher;
    }

    /**
     * Promotes as many waiting people as there are free places; each promoted person is told.
     *
     * @param inOrder the event's registrations, places first, then the waiting list in order
     */
    void promote(Event event, List<Registration> inOrder) {
        if (event.isCancelled()) {
            return;
        }
        var id = Objects.requireNonNull(event.getId());
        var free = event.getCapacity() == null
                ? Integer.MAX_VALUE
                : event.getCapacity()
                        - (int) inOrder.stream()
                                .filter(Registration::isConfirmed)
                                .count();
        for (var waiting : inOrder.stream().filter(r -> !r.isConfirmed()).toList()) {
            if (free <= 0) {
                break;
            }
            waiting.promote();
            free--;
            publisher.publishEvent(new RegistrationPromoted(id, waiting.getPersonId()));
        }
    }
}
