package lib.control;

import java.time.Duration;

/**
 * Where a {@link WorkerPool} sends jobs and commands, how long silences may last before workers become
 * UNAVAILABLE, jobs TIMEOUT and commands TIMEOUT_RESPONSE, and how far back the pool reads the status topic to
 * learn the writers' states ({@code statusLookBack}, zero = only what arrives after the pool is open).
 */
public record WorkerPoolSettings(
        String poolTopic,
        String commandTopic,
        Duration workerSilence,
        Duration jobSilence,
        Duration commandTimeout,
        Duration statusLookBack) {

    /** The original controller's timeouts: 15 s for workers and jobs, 60 s for commands (catalogue §1.2). */
    public static WorkerPoolSettings of(String poolTopic, String commandTopic) {
        return new WorkerPoolSettings(
                poolTopic,
                commandTopic,
                Duration.ofSeconds(15),
                Duration.ofSeconds(15),
                Duration.ofSeconds(60),
                Duration.ZERO);
    }

    public WorkerPoolSettings withTimeouts(
            Duration newWorkerSilence, Duration newJobSilence, Duration newCommandTimeout) {
        return new WorkerPoolSettings(
                poolTopic, commandTopic, newWorkerSilence, newJobSilence, newCommandTimeout, statusLookBack);
    }

    /**
     * Reads the status topic from {@code lookBack} before the pool opens, so writers that sent a status in that
     * time are known at once instead of at their next status. Messages from before the pool only set the writers'
     * states; jobs and commands are this pool's own.
     */
    public WorkerPoolSettings withStatusLookBack(Duration lookBack) {
        return new WorkerPoolSettings(poolTopic, commandTopic, workerSilence, jobSilence, commandTimeout, lookBack);
    }
}
