package lib.control;

import java.time.Duration;
import java.util.Optional;
import java.util.stream.Collectors;
import lib.waits.Waits;

/** One job of a {@link WorkerPool}: its current state and waits on it. */
public final class JobHandle {
    private final WorkerPool pool;
    private final String jobId;

    JobHandle(WorkerPool pool, String jobId) {
        this.pool = pool;
        this.jobId = jobId;
    }

    public String jobId() {
        return jobId;
    }

    public JobState state() {
        return pool.jobState(jobId);
    }

    /** The job's record: state, writer, file name, metadata and last message; empty while unknown. */
    public Optional<JobStatus> status() {
        return pool.job(jobId);
    }

    /** The service id of the writer that took the job; fails when no writer has taken it yet. */
    public String writer() {
        return status().map(JobStatus::serviceId)
                .filter(serviceId -> !serviceId.isEmpty())
                .orElseThrow(() -> new AssertionError("no writer has taken job " + jobId + " yet.\n" + describe()));
    }

    /** Waits until the job is DONE and returns its record; fails at once on ERROR or TIMEOUT. */
    public JobStatus awaitDone(Duration timeout) {
        awaitState(JobState.DONE, timeout);
        return status().orElseThrow();
    }

    /** Waits until the job is in {@code wanted}; ERROR and TIMEOUT end the wait unless they are wanted. */
    public void awaitState(JobState wanted, Duration timeout) {
        String what = "job " + jobId + " to be " + wanted;
        Waits.until(
                what,
                timeout,
                () -> {
                    JobState now = state();
                    if (now != wanted && (now == JobState.ERROR || now == JobState.TIMEOUT)) {
                        throw new AssertionError(
                                "While waiting for " + what + " it became " + now + lastMessage() + ".\n" + describe());
                    }
                    return now == wanted;
                },
                this::describe);
    }

    /** The job's last message for the first line of a failure, so it says why the job failed. */
    private String lastMessage() {
        return status().map(JobStatus::message)
                .filter(message -> !message.isBlank())
                .map(message -> ": \"" + message.lines().collect(Collectors.joining(" ")) + "\"")
                .orElse("");
    }

    String describe() {
        String current = status().map(job -> "Job " + jobId + " is " + job.state() + " (writer \"" + job.serviceId()
                        + "\", message \"" + job.message() + "\").")
                .orElse("Job " + jobId + " is unknown (NO_JOB).");
        return current + "\n" + pool.recentMessages();
    }

    @Override
    public String toString() {
        return "job " + jobId;
    }
}
