package eu.praxis.call;

import eu.praxis.base.BackgroundJobs;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every few minutes, claims the reminders of answers kept as drafts of calls whose deadline is within
 * {@link CallProperties#reminderAhead} and publishes {@link AnswerReminderDue} for each. A reminder is claimed by one
 * conditional update ({@code reminded_at is null}), so that two nodes, or a restart half-way, never remind twice: the
 * claim and the event commit together.
 */
@Component
class AnswerReminders implements SchedulingConfigurer {

    private final CallAnswerRepository answers;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final BackgroundJobs jobs;
    private final CallProperties properties;

    AnswerReminders(
            CallAnswerRepository answers,
            ApplicationEventPublisher publisher,
            Clock clock,
            PlatformTransactionManager transactions,
            BackgroundJobs jobs,
            CallProperties properties) {
        this.answers = answers;
        this.publisher = publisher;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
        this.jobs = jobs;
        this.properties = properties;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        var interval = properties.reminderInterval();
        registrar.addFixedDelayTask(
                new FixedDelayTask(() -> jobs.run("call answer reminders", this::claimDue), interval, interval));
    }

    /** @return the ids of the answers whose reminder this call claimed */
    List<Long> claimDue() {
        return Objects.requireNonNull(transaction.execute(status -> claim()));
    }

    private List<Long> claim() {
        var now = clock.instant();
        var claimed = new ArrayList<Long>();
        for (var draft : answers.findDraftsToRemind(now, now.plus(properties.reminderAhead()))) {
            if (answers.claimReminder(draft.answerId(), now) == 1) {
                publisher.publishEvent(new AnswerReminderDue(draft.callId(), draft.title(), draft.personId()));
                claimed.add(draft.answerId());
            }
        }
        return claimed;
    }
}
