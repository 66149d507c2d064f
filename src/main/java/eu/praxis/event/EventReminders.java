package eu.praxis.event;

import eu.praxis.base.BackgroundJobs;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every few minutes, claims the reminders of events that start within {@link #AHEAD} and publishes
 * {@link EventReminderDue} for each. A reminder is claimed by one conditional update
 * ({@code reminder_sent_at is null}), so that two nodes, or a restart half-way, never remind twice: the event
 * and the claim commit together. Scheduling is enabled on the application class; the interval is
 * {@code praxis.event.reminder-interval} ({@link EventProperties}).
 */
@Component
class EventReminders implements SchedulingConfigurer {

    static final Duration AHEAD = Duration.ofHours(24);

    private final EventRepository events;
    private final RegistrationRepository registrations;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final BackgroundJobs jobs;
    private final Duration interval;

    EventReminders(
            EventRepository events,
            RegistrationRepository registrations,
            ApplicationEventPublisher publisher,
            Clock clock,
            PlatformTransactionManager transactions,
            BackgroundJobs jobs,
            EventProperties properties) {
        this.jobs = jobs;
        this.interval = properties.event().reminderInterval();
        this.transaction = new TransactionTemplate(transactions);
        this.events = events;
        this.registrations = registrations;
        this.publisher = publisher;
        this.clock = clock;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(new FixedDelayTask(this::run, interval, interval));
    }

    private void run() {
        jobs.run("event reminders", this::claimDue);
    }

    /** @return the ids of the events whose reminder this call claimed */
    List<Long> claimDue() {
        return Objects.requireNonNull(transaction.execute(status -> claim()));
    }

    private List<Long> claim() {
        var now = clock.instant();
        var claimed = new ArrayList<Long>();
        for (var id : events.findReminderCandidates(now, now.plus(AHEAD))) {
            if (events.claimReminder(id, now) == 1) {
                var confirmed = registrations.findByEventInOrder(id).stream()
                        .filter(Registration::isConfirmed)
                        .map(Registration::getPersonId)
                        .collect(Collectors.toSet());
                publisher.publishEvent(new EventReminderDue(id, confirmed));
                claimed.add(id);
            }
        }
        return claimed;
    }
}
