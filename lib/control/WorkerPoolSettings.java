package lib.control;

import java.time.Duration;

/**
 * Where a {@link WorkerPool} sends jobs and commands, and how long silences may last before workers become
 * UNAVAILABLE, jobs TIMEOUT and commands TIMEOUT_RESPONSE.
 */
public record WorkerPoolSettings(
        String poolTopic, String commandTopic, Duration workerSilence, Duration jobSilence, Duration commandTimeout) {

    /** The original controller's timeouts: 15 s for workers and jobs, 60 s for commands (catalogue §1.2). */
    public static WorkerPoolSettings of(String poolTopic, String commandTopic) {
        return new WorkerPoolSettings(
                poolTopic, commandTopic, Duration.ofSeconds(15), Duration.ofSeconds(15), Duration.ofSeconds(60));
    }

    public WorkerPoolSettings withTimeouts(
            Duration newWorkerSilence, Duration newJobSilence, Duration newCommandTimeout) {
        return new WorkerPoolSettings(poolTopic, commandTopic, newWorkerSilence, newJobSilence, newCommandTimeout);
    }
}
