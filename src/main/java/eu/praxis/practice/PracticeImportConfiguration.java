package eu.praxis.practice;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/** The one thread that background imports run on, one after the other. */
@Configuration(proxyBeanMethods = false)
class PracticeImportConfiguration {

    static final String EXECUTOR = "practiceImportExecutor";

    /**
     * Not a default candidate: an {@code Executor} bean that is one would make Spring Boot skip its
     * {@code applicationTaskExecutor}, and {@code @Async} listeners would then queue behind imports.
     */
    @Bean(name = EXECUTOR, defaultCandidate = false)
    ThreadPoolTaskExecutor practiceImportExecutor() {
        var executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(1);
        executor.setMaxPoolSize(1);
        // A few waiting imports at most; more are refused rather than piling up files in memory.
        executor.setQueueCapacity(4);
        executor.setThreadNamePrefix("practice-import-");
        executor.setWaitForTasksToCompleteOnShutdown(false);
        return executor;
    }
}
